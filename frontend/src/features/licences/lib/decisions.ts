import type { LicenceDecision, LicenceStatus } from '@/api/generated';

/** The decisions an agency may take on a licence in each status (EXPIRED and REJECTED take none). */
export const ALLOWED_DECISIONS: Record<LicenceStatus, readonly LicenceDecision[]> = {
  PENDING: ['VERIFY', 'REJECT'],
  VERIFIED: ['SUSPEND'],
  SUSPENDED: ['REINSTATE'],
  REJECTED: [],
  EXPIRED: [],
};

/** Rejecting and suspending must say why; the holder reads the reason. */
export function reasonRequired(decision: LicenceDecision): boolean {
  return decision === 'REJECT' || decision === 'SUSPEND';
}

export const MAX_REASON_LENGTH = 1000;
