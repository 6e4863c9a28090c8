package org.reex.auction;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** One bid as one caller may see it. */
public record BidView(long id, String bidderLabel, boolean mine, @Nullable BigDecimal amount, @Nullable BigDecimal maxAmount,
                      @Nullable BigDecimal priceAfter, Instant placedAt, String outcome) {
}
