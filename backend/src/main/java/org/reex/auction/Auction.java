package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("auction")
public record Auction(
        @Id long lotId,
        String auctionType,
        String currency,
        BigDecimal startPrice,
        @Nullable BigDecimal reservePrice,
        BigDecimal minIncrement,
        Instant opensAt,
        Instant closesAt,
        int softCloseSeconds,
        int bidCount,
        Instant createdAt) {
}
