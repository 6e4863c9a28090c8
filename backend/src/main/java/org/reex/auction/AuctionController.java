package org.reex.auction;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.AuctionsApi;
import org.reex.api.model.AuctionState;
import org.reex.api.model.BidRequest;
import org.reex.api.model.BidResult;
import org.reex.api.model.BidView;
import org.reex.shared.error.Problems;
import org.reex.shared.security.Caller;
import org.reex.shared.security.CurrentCaller;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuctionController implements AuctionsApi {

    private final BiddingService bidding;
    private final BidEligibilityService eligibility;
    private final CurrentCaller currentCaller;
    private final BidLimit bidLimit;

    public AuctionController(BiddingService bidding, BidEligibilityService eligibility, CurrentCaller currentCaller,
                             BidLimit bidLimit) {
        this.bidding = bidding;
        this.eligibility = eligibility;
        this.currentCaller = currentCaller;
        this.bidLimit = bidLimit;
    }

    @Override
    public AuctionState getAuction(Long lotId) {
        Caller caller = currentCaller.get();
        AuctionView view = bidding.state(caller, lotId);
        return AuctionMapper.toResponse(view, eligibility.refusal(caller, view).orElse(null));
    }

    /** Refusals that are answers (too low, closed, not eligible) come back as stored problems, the same on every retry. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<BidResult> placeBid(Long lotId, String idempotencyKey, BidRequest request) {
        Caller caller = currentCaller.get();
        bidLimit.take(caller.userId());
        BidAnswer answer = bidding.placeBid(caller, lotId, idempotencyKey, request.getAmount(), request.getMaxAmount());
        if (answer.problem() != null) {
            return (HttpResponse) HttpResponse.status(HttpStatus.valueOf(answer.status()))
                    .contentType(Problems.PROBLEM_JSON).body(answer.problem());
        }
        return HttpResponse.created(AuctionMapper.toResponse(answer));
    }

    @Override
    public List<BidView> listBids(Long lotId) {
        return bidding.history(currentCaller.get(), lotId).stream().map(AuctionMapper::toResponse).toList();
    }
}
