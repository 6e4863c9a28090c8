package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A lot's auction: its settings and its running state. Changed only under a row lock (SELECT ... FOR UPDATE). */
@MappedEntity("auction")
public record Auction(
        @Id long lotId,
        @Nullable Long sellerOrganizationId,
        String auctionType,
        String currency,
        BigDecimal startPrice,
        @Nullable BigDecimal reservePrice,
        BigDecimal minIncrement,
        Instant opensAt,
        Instant closesAt,
        @Nullable Instant originalClosesAt,
        int softCloseSeconds,
        int bidCount,
        String status,
        @Nullable BigDecimal currentPrice,
        @Nullable Long leaderOrganizationId,
        @Nullable Long leaderBidId,
        @Nullable BigDecimal leaderMax,
        long sequence,
        @Nullable String result,
        @Nullable Instant closedAt,
        Instant createdAt) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
    public static final String CANCELLED = "CANCELLED";

    public boolean isSealed() {
        return "SEALED".equals(auctionType);
    }

    ProxyRule.State ruleState() {
        return new ProxyRule.State(startPrice, minIncrement, currentPrice, leaderOrganizationId, leaderMax);
    }

    public boolean reserveMet() {
        return currentPrice != null && (reservePrice == null || currentPrice.compareTo(reservePrice) >= 0);
    }

    Auction withBid(ProxyRule.State state, @Nullable Long newLeaderBidId, Instant newClosesAt, long newSequence) {
        return new Auction(lotId, sellerOrganizationId, auctionType, currency, startPrice, reservePrice, minIncrement, opensAt,
                newClosesAt, originalClosesAt, softCloseSeconds, bidCount + 1, status, state.price(), state.leaderOrganizationId(),
                newLeaderBidId, state.leaderMax(), newSequence, result, closedAt, createdAt);
    }

    /** The leader's own higher maximum: nothing public changes (ProxyRule.Outcome.RAISED). */
    Auction withLeaderMax(java.math.BigDecimal newLeaderMax) {
        return new Auction(lotId, sellerOrganizationId, auctionType, currency, startPrice, reservePrice, minIncrement, opensAt,
                closesAt, originalClosesAt, softCloseSeconds, bidCount, status, currentPrice, leaderOrganizationId,
                leaderBidId, newLeaderMax, sequence, result, closedAt, createdAt);
    }

    /** The leader's own higher maximum that lifted the price to the reserve: a price change, yet no bid. */
    Auction withRaisedPrice(ProxyRule.State state, Instant newClosesAt, long newSequence) {
        return new Auction(lotId, sellerOrganizationId, auctionType, currency, startPrice, reservePrice, minIncrement, opensAt,
                newClosesAt, originalClosesAt, softCloseSeconds, bidCount, status, state.price(), leaderOrganizationId,
                leaderBidId, state.leaderMax(), newSequence, result, closedAt, createdAt);
    }

    Auction closed(String newResult, Instant at, long newSequence) {
        return new Auction(lotId, sellerOrganizationId, auctionType, currency, startPrice, reservePrice, minIncrement, opensAt,
                closesAt, originalClosesAt, softCloseSeconds, bidCount, CLOSED, currentPrice, leaderOrganizationId, leaderBidId,
                leaderMax, newSequence, newResult, at, createdAt);
    }

    Auction cancelled() {
        return new Auction(lotId, sellerOrganizationId, auctionType, currency, startPrice, reservePrice, minIncrement, opensAt,
                closesAt, originalClosesAt, softCloseSeconds, bidCount, CANCELLED, currentPrice, leaderOrganizationId, leaderBidId,
                leaderMax, sequence, result, closedAt, createdAt);
    }
}
