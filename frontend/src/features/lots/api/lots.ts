import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  ListLotsRequest,
  LotCreateRequest,
  LotResponse,
  LotUpdateRequest,
  PublishRequest,
} from '@/api/generated';
import { lotsApi } from '@/lib/api-client';

const PAGE_SIZE = 20;

type ListFilters = Omit<ListLotsRequest, 'cursor' | 'limit'>;

export const lotKeys = {
  all: () => ['lots'] as const,
  lists: () => ['lots', 'list'] as const,
  list: (filters: ListFilters) => ['lots', 'list', filters] as const,
  detail: (lotId: number) => ['lots', 'detail', lotId] as const,
  documents: (lotId: number) => ['lots', 'detail', lotId, 'documents'] as const,
  documentFile: (lotId: number, documentId: number) =>
    ['lots', 'detail', lotId, 'documents', documentId, 'file'] as const,
};

/** Lots matching the filters, a page at a time (keyset cursor). */
export function useLots(filters: ListFilters) {
  return useInfiniteQuery({
    queryKey: lotKeys.list(filters),
    queryFn: ({ pageParam }) =>
      lotsApi.listLots({ ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useLot(lotId: number, enabled = true) {
  return useQuery({
    queryKey: lotKeys.detail(lotId),
    queryFn: () => lotsApi.getLot({ lotId }),
    enabled,
  });
}

/** Keeps the changed lot in the cache and has every list load again. */
function storeLot(queryClient: QueryClient, lot: LotResponse): Promise<void> {
  queryClient.setQueryData(lotKeys.detail(lot.id), lot);
  return queryClient.invalidateQueries({ queryKey: lotKeys.lists() });
}

export function useCreateLot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lotCreateRequest: LotCreateRequest) => lotsApi.createLot({ lotCreateRequest }),
    onSuccess: (lot) => storeLot(queryClient, lot),
  });
}

export function useUpdateLot(lotId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lotUpdateRequest: LotUpdateRequest) =>
      lotsApi.updateLot({ lotId, lotUpdateRequest }),
    onSuccess: (lot) => storeLot(queryClient, lot),
  });
}

export function usePublishLot(lotId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (publishRequest: PublishRequest) => lotsApi.publishLot({ lotId, publishRequest }),
    onSuccess: (lot) => storeLot(queryClient, lot),
  });
}

export function useCancelLot(lotId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => lotsApi.cancelLot({ lotId }),
    onSuccess: (lot) => storeLot(queryClient, lot),
  });
}

/** Loads the lot again, e.g. after the server refused a stale version. */
export function useReloadLot(lotId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: lotKeys.detail(lotId), exact: true });
}
