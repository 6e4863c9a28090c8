package org.reex.auction;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Published in the transaction that closes an auction, exactly once per auction. */
public record AuctionClosed(long lotId, String result, @Nullable Long winnerOrganizationId, @Nullable BigDecimal price,
                            List<Long> bidderOrganizationIds, Instant closedAt) {

    public static final String AWARDED = "AWARDED";
    public static final String NO_SALE = "NO_SALE";
}
