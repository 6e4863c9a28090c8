package org.reex.demo;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.auction.AuctionView;
import org.reex.auction.BidAnswer;
import org.reex.auction.BiddingService;
import org.reex.shared.security.Caller;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Bid histories: the Ganzhou and Longyan recyclers (both licensed for NdFeB magnets within reach) bid against each
 * other on the first open magnet lots, with a proxy maximum here and there; on the two short auctions they bid above
 * and below the reserve, so that one closes awarded and one with no sale. (The proxy rule never raises the price to
 * the reserve by itself: the awarded one opens above its reserve.)
 */
@Singleton
class DemoBids {

    private final BiddingService bidding;

    DemoBids(BiddingService bidding) {
        this.bidding = bidding;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void load(List<Long> openLots, List<Long> shortAuctions, Caller ganzhou, Caller longyan) {
        for (long lotId : openLots.subList(0, Math.min(2, openLots.size()))) {
            bid(ganzhou, lotId, null, new BigDecimal("1.15"));
            bid(longyan, lotId, null, null);
            bid(longyan, lotId, null, null);
            bid(ganzhou, lotId, null, null);
        }
        bid(ganzhou, shortAuctions.get(0), "66000", new BigDecimal("1.12"));
        bid(longyan, shortAuctions.get(0), null, null);
        bid(ganzhou, shortAuctions.get(1), "95000", null);
    }

    /** Bids the next minimum (or {@code amount}), with a maximum of {@code maxFactor} × the amount when given. */
    private void bid(Caller bidder, long lotId, String amount, BigDecimal maxFactor) {
        AuctionView state = bidding.state(bidder, lotId);
        if (state.leading()) {
            return;
        }
        BigDecimal value = amount == null ? state.nextMinimumBid() : new BigDecimal(amount);
        String max = maxFactor == null ? null : value.multiply(maxFactor).setScale(0, java.math.RoundingMode.DOWN).toPlainString();
        BidAnswer answer = bidding.placeBid(bidder, lotId, "demo-" + UUID.randomUUID(), value.toPlainString(), max);
        if (answer.problem() != null) {
            throw new IllegalStateException("Demo bid refused on lot " + lotId + ": " + answer.problem().detail());
        }
    }
}
