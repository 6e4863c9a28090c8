import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyBidFilter } from '@/api/generated';
import { tradingApi } from '@/lib/api-client';

/** "My bids" is a list of live auctions: read it again this often while it is on screen. */
export const MY_BIDS_POLL_MS = 5_000;

export const myBidKeys = {
  all: () => ['my-bids'] as const,
  list: (filter: MyBidFilter | undefined) => ['my-bids', filter ?? 'ALL'] as const,
};

export function useMyBids(filter: MyBidFilter | undefined, live = true) {
  return useQuery({
    queryKey: myBidKeys.list(filter),
    queryFn: async () => {
      const page = await tradingApi.listMyBids({ status: filter, limit: 100 });
      return { page, receivedAt: Date.now() };
    },
    refetchInterval: live ? MY_BIDS_POLL_MS : false,
  });
}

export function useWatchLot(lotId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (watch: boolean) =>
      watch ? tradingApi.watchLot({ lotId }) : tradingApi.unwatchLot({ lotId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myBidKeys.all() }),
  });
}
