package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import org.reex.api.model.AuctionResult;
import org.reex.api.model.AuctionState;
import org.reex.api.model.AuctionStatus;
import org.reex.api.model.AuctionType;
import org.reex.api.model.BidRefusalCode;
import org.reex.matching.BidRefusal;
import org.reex.api.model.BidOutcome;
import org.reex.api.model.BidResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

final class AuctionMapper {

    private AuctionMapper() {
    }

    static AuctionState toResponse(AuctionView v, @Nullable BidRefusal refusal) {
        AuctionState state = new AuctionState(v.lotId(), AuctionType.valueOf(v.auctionType()), AuctionStatus.valueOf(v.status()),
                v.currency(), plain(v.startPrice()), plain(v.minIncrement()), plain(v.nextMinimumBid()), v.leading(),
                v.reserveMet(), v.bidCount(), utc(v.opensAt()), utc(v.closesAt()), v.extended(), utc(v.serverTime()),
                v.sequence(), refusal == null);
        if (refusal != null) {
            state.setBidRefusal(new org.reex.api.model.BidRefusal(BidRefusalCode.valueOf(refusal.code()), refusal.params()));
        }
        state.setCurrentPrice(plain(v.currentPrice()));
        state.setMyMaxAmount(plain(v.myMaxAmount()));
        state.setResult(v.result() == null ? null : AuctionResult.valueOf(v.result()));
        state.setWinnerName(v.winnerName());
        return state;
    }

    static BidResult toResponse(BidAnswer answer) {
        // The bid was just accepted, so its bidder was eligible; only the close can stop it now.
        AuctionView auction = answer.auction();
        BidRefusal refusal = "CLOSED".equals(auction.status())
                ? new BidRefusal(BidEligibilityService.AUCTION_CLOSED, java.util.Map.of()) : null;
        return new BidResult(answer.bidId(), BidOutcome.valueOf(answer.outcome()), toResponse(auction, refusal));
    }

    static org.reex.api.model.BidView toResponse(BidView b) {
        org.reex.api.model.BidView view = new org.reex.api.model.BidView(b.id(), b.bidderLabel(), b.mine(), utc(b.placedAt()),
                BidOutcome.valueOf(b.outcome()));
        view.setAmount(plain(b.amount()));
        view.setMaxAmount(plain(b.maxAmount()));
        view.setPriceAfter(plain(b.priceAfter()));
        return view;
    }

    @Nullable
    private static String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
