import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FlagDecisionRequest, ListFlagsRequest } from '@/api/generated';
import { flagsApi } from '@/lib/api-client';

const PAGE_SIZE = 20;

export type FlagFilters = Omit<ListFlagsRequest, 'cursor' | 'limit'>;

export const flagKeys = {
  all: () => ['flags'] as const,
  lists: () => ['flags', 'list'] as const,
  list: (filters: FlagFilters) => ['flags', 'list', filters] as const,
};

/** Flags, newest first, a page at a time (keyset cursor): an agency's inbox, or one lot's. */
export function useFlags(filters: FlagFilters) {
  return useInfiniteQuery({
    queryKey: flagKeys.list(filters),
    queryFn: ({ pageParam }) =>
      flagsApi.listFlags({ ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** An agency's decision on an open flag; every list showing it loads again. */
export function useDecideFlag(flagId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flagDecisionRequest: FlagDecisionRequest) =>
      flagsApi.decideFlag({ flagId, flagDecisionRequest }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: flagKeys.lists() }),
  });
}

/** Has every flag list load again, e.g. after a custody step may have raised one. */
export function useReloadFlags() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: flagKeys.lists() });
}
