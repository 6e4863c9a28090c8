import type { BidRequest } from '@/api/generated';

/** One user action of bidding, with the Idempotency-Key that makes it count at most once. */
export type BidAttempt = { idempotencyKey: string; request: BidRequest };

function sameRequest(a: BidRequest, b: BidRequest): boolean {
  return a.amount === b.amount && a.maxAmount === b.maxAmount;
}

/**
 * The attempt for a submission: the unanswered previous attempt when this is the same bid tried
 * again (after a network error the server may have taken it), otherwise a new one.
 */
export function attemptFor(
  unanswered: BidAttempt | null,
  request: BidRequest,
  newKey: () => string = () => crypto.randomUUID(),
): BidAttempt {
  if (unanswered !== null && sameRequest(unanswered.request, request)) return unanswered;
  return { idempotencyKey: newKey(), request };
}
