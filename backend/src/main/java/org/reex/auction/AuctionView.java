package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** The auction as one caller may see it at one moment. */
@Serdeable
public record AuctionView(long lotId, String auctionType, String status, String currency, BigDecimal startPrice,
                          BigDecimal minIncrement, @Nullable BigDecimal currentPrice, BigDecimal nextMinimumBid,
                          boolean leading, boolean reserveMet, int bidCount, @Nullable BigDecimal myMaxAmount,
                          Instant opensAt, Instant closesAt, boolean extended, @Nullable String result,
                          @Nullable String winnerName, Instant serverTime, long sequence) {
}
