import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { openEventStream } from '@/lib/event-stream';
import { applyAuctionEvent, parseAuctionEvent } from '../lib/auction-event';
import { auctionKeys, type AuctionSnapshot } from './auction';

/** `GET /api/v1/lots/{lotId}/live`: the auction's Server-Sent Events (see the Live tag). */
function livePath(lotId: number): string {
  return `/api/v1/lots/${lotId}/live`;
}

/**
 * Follows the auction's live events while `enabled`: each one updates the shown price, end and
 * bid count at once, then has the auction (for the caller's own position) and its bids read
 * again. Stops for good after the `closed` event. Returns whether the stream is interrupted
 * (being reconnected), when what is shown may be behind.
 */
export function useLiveAuction(lotId: number, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [interrupted, setInterrupted] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let finished = false;
    const known = queryClient.getQueryData<AuctionSnapshot>(auctionKeys.state(lotId));
    openEventStream({
      path: livePath(lotId),
      lastEventId: known === undefined ? undefined : String(known.state.sequence),
      signal: controller.signal,
      isFinished: () => finished,
      onConnectionChange: (connected) => {
        setInterrupted(!connected);
        // Events may have been missed meanwhile: read everything again.
        if (connected) void queryClient.invalidateQueries({ queryKey: auctionKeys.lot(lotId) });
      },
      onMessage: (message) => {
        const event = parseAuctionEvent(message.data);
        if (event === null) return;
        if (event.type === 'closed') finished = true;
        queryClient.setQueryData<AuctionSnapshot>(auctionKeys.state(lotId), (snapshot) =>
          snapshot === undefined
            ? undefined
            : { ...snapshot, state: applyAuctionEvent(snapshot.state, event) },
        );
        void queryClient.invalidateQueries({ queryKey: auctionKeys.lot(lotId) });
      },
    }).then(
      () => setInterrupted(false),
      // Refused (e.g. the session ended): the auction's own query shows why.
      () => setInterrupted(false),
    );
    return () => controller.abort();
  }, [lotId, enabled, queryClient]);

  return enabled && interrupted;
}
