import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AuctionState, BidResult } from '@/api/generated';
import { auctionsApi } from '@/lib/api-client';
import type { BidAttempt } from '../lib/bid-attempt';
import { clockOffsetMs } from '../lib/countdown';

/** The auction as last read, with how far the server's clock was from this browser's then. */
export type AuctionSnapshot = { state: AuctionState; clockOffsetMs: number };

export const auctionKeys = {
  lot: (lotId: number) => ['auctions', lotId] as const,
  state: (lotId: number) => ['auctions', lotId, 'state'] as const,
  bids: (lotId: number) => ['auctions', lotId, 'bids'] as const,
};

export function toSnapshot(state: AuctionState, receivedAt: number = Date.now()): AuctionSnapshot {
  return { state, clockOffsetMs: clockOffsetMs(state.serverTime, receivedAt) };
}

export function useAuction(lotId: number) {
  return useQuery({
    queryKey: auctionKeys.state(lotId),
    queryFn: async () => toSnapshot(await auctionsApi.getAuction({ lotId })),
    // Live events keep it current; a refetch on focus catches up after a sleep.
    staleTime: 0,
  });
}

export function useBids(lotId: number) {
  return useQuery({
    queryKey: auctionKeys.bids(lotId),
    queryFn: () => auctionsApi.listBids({ lotId }),
    staleTime: 0,
  });
}

function storeBidResult(queryClient: QueryClient, lotId: number, result: BidResult): Promise<void> {
  queryClient.setQueryData(auctionKeys.state(lotId), toSnapshot(result.auction));
  return queryClient.invalidateQueries({ queryKey: auctionKeys.bids(lotId) });
}

export function usePlaceBid(lotId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, request }: BidAttempt) =>
      auctionsApi.placeBid({ lotId, idempotencyKey, bidRequest: request }),
    onSuccess: (result) => storeBidResult(queryClient, lotId, result),
  });
}
