package org.reex.custody;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Whether a lot's chain holds. When it does not: the first stored event that fails a check and why, or, for
 * MISSING_EVENTS, no event and the first sequence the lot's status says should exist.
 */
public record CustodyVerification(boolean valid, int eventCount, @Nullable Long brokenAtEventId,
                                  @Nullable Integer brokenAtSequence, @Nullable Reason reason, Instant checkedAt) {

    public enum Reason { SEQUENCE_GAP, PREVIOUS_HASH_MISMATCH, HASH_MISMATCH, MISSING_EVENTS }
}
