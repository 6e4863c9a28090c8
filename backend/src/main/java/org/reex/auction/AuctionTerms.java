package org.reex.auction;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** Validated auction settings for a lot being published. */
public record AuctionTerms(String auctionType, String currency, BigDecimal startPrice, @Nullable BigDecimal reservePrice,
                           BigDecimal minIncrement, Instant opensAt, Instant closesAt, int softCloseSeconds) {
}
