package org.reex.custody;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a recovery report and its certificate take from a lot's custody: the shipped and received masses, when it
 * was received, the processing dates and the chain's last hash. Null where the step is not recorded.
 */
public record CustodyFacts(@Nullable BigDecimal shippedKg, @Nullable BigDecimal receivedKg, @Nullable Instant receivedAt,
                           @Nullable LocalDate processedFrom, @Nullable LocalDate processedTo, String lastHash,
                           CustodyVerification verification) {
}
