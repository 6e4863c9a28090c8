import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  GetPriceStatsRequest,
  GetRecoveryStatsRequest,
  GetStatsOverviewRequest,
} from '@/api/generated';
import { referenceApi, statsApi } from '@/lib/api-client';

export const statsKeys = {
  all: () => ['stats'] as const,
  recovery: (request: GetRecoveryStatsRequest) => ['stats', 'recovery', request] as const,
  overview: (request: GetStatsOverviewRequest) => ['stats', 'overview', request] as const,
  prices: (request: GetPriceStatsRequest) => ['stats', 'prices', request] as const,
};

/**
 * Grouped recovery figures. While other filters load, the previous figures stay on screen
 * (marked busy) instead of the charts collapsing and jumping.
 */
export function useRecoveryStats(request: GetRecoveryStatsRequest, enabled = true) {
  return useQuery({
    queryKey: statsKeys.recovery(request),
    queryFn: () => statsApi.getRecoveryStats(request),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useStatsOverview(request: GetStatsOverviewRequest) {
  return useQuery({
    queryKey: statsKeys.overview(request),
    queryFn: () => statsApi.getStatsOverview(request),
    placeholderData: keepPreviousData,
  });
}

export function usePriceStats(request: GetPriceStatsRequest) {
  return useQuery({
    queryKey: statsKeys.prices(request),
    queryFn: () => statsApi.getPriceStats(request),
    placeholderData: keepPreviousData,
  });
}

/** The 17 rare earths by atomic number (the same cache entry as every other reader of them). */
const elementsQueryOptions = queryOptions({
  queryKey: ['reference', 'elements'],
  queryFn: () => referenceApi.listElements(),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useElements() {
  return useQuery(elementsQueryOptions);
}

/**
 * The same question as a chart's, answered as CSV. It goes through the generated client with
 * only the Accept header changed, so the query string is built by the very code that built the
 * chart's request, and the token, language and problem+json handling are the client's own.
 */
export async function fetchRecoveryCsv(request: GetRecoveryStatsRequest): Promise<Blob> {
  const response = await statsApi.getRecoveryStatsRaw(request, async ({ init }) => ({
    headers: { ...(init.headers as Record<string, string>), Accept: 'text/csv' },
  }));
  return response.raw.blob();
}
