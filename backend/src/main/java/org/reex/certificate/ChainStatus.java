package org.reex.certificate;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** The custody chain of a certified lot, verified now: whether it still holds and, if not, where it breaks. */
public record ChainStatus(
        boolean valid,
        int eventCount,
        @Nullable Long brokenAtEventId,
        @Nullable Integer brokenAtSequence,
        @Nullable String reason,
        Instant checkedAt) {
}
