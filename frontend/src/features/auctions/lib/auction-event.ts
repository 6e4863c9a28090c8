import { type AuctionEvent, AuctionEventFromJSON, type AuctionState } from '@/api/generated';

/** Reads an event's `data`; null for anything that is not an AuctionEvent. */
export function parseAuctionEvent(data: string): AuctionEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    !('sequence' in json) ||
    typeof json.sequence !== 'number' ||
    !('type' in json) ||
    !('closesAt' in json) ||
    !('bidCount' in json)
  ) {
    return null;
  }
  return AuctionEventFromJSON(json);
}

/**
 * The public part of the auction after a live event: price, bid count, end, reserve, close.
 * The caller's own fields (leading, myMaxAmount, nextMinimumBid) come from the refetch that
 * follows. An event the state already includes (by sequence) changes nothing.
 */
export function applyAuctionEvent(state: AuctionState, event: AuctionEvent): AuctionState {
  if (event.sequence <= state.sequence) return state;
  const closed = event.type === 'closed';
  return {
    ...state,
    sequence: event.sequence,
    currentPrice: event.currentPrice ?? state.currentPrice,
    bidCount: event.bidCount,
    closesAt: event.closesAt,
    reserveMet: event.reserveMet,
    extended: state.extended || event.type === 'extended',
    status: closed ? 'CLOSED' : state.status,
    result: event.result ?? state.result,
  };
}
