import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { matchingApi } from '@/lib/api-client';

const PAGE_SIZE = 20;

export const matchKeys = {
  mine: () => ['matches', 'mine'] as const,
  lot: (lotId: number) => ['matches', 'lot', lotId] as const,
};

/** The open lots the recycler is matched to, newest match first, a page at a time. */
export function useMyMatches() {
  return useInfiniteQuery({
    queryKey: matchKeys.mine(),
    queryFn: ({ pageParam }) => matchingApi.listMyMatches({ cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** The recyclers allowed to take a lot, best first (its seller and agencies may ask). */
export function useLotMatches(lotId: number) {
  return useQuery({
    queryKey: matchKeys.lot(lotId),
    queryFn: () => matchingApi.listLotMatches({ lotId }),
  });
}
