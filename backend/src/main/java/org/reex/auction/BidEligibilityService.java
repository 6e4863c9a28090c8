package org.reex.auction;

import jakarta.inject.Singleton;
import org.reex.matching.BidRefusal;
import org.reex.matching.MatchingService;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;

import java.util.Map;
import java.util.Optional;

/**
 * Tells a caller up front whether it may bid and, if not, why, so the page can say so instead of offering a form the
 * server will refuse. The eligibility part is matching's one rule, the same one a bid is judged by.
 */
@Singleton
public class BidEligibilityService {

    public static final String NOT_A_RECYCLER = "NOT_A_RECYCLER";
    public static final String AUCTION_CLOSED = "AUCTION_CLOSED";
    public static final String AUCTION_NOT_OPEN_YET = "AUCTION_NOT_OPEN_YET";

    private final MatchingService matching;

    public BidEligibilityService(MatchingService matching) {
        this.matching = matching;
    }

    /** Empty when the caller may bid on the auction as {@code view} shows it. */
    public Optional<BidRefusal> refusal(Caller caller, AuctionView view) {
        if (!caller.is(Roles.RECYCLER)) {
            return Optional.of(new BidRefusal(NOT_A_RECYCLER, Map.of()));
        }
        if ("CLOSED".equals(view.status())) {
            return Optional.of(new BidRefusal(AUCTION_CLOSED, Map.of()));
        }
        if ("SCHEDULED".equals(view.status())) {
            return Optional.of(new BidRefusal(AUCTION_NOT_OPEN_YET, Map.of("opensAt", view.opensAt().toString())));
        }
        return matching.bidRefusal(caller.organizationId(), view.lotId());
    }
}
