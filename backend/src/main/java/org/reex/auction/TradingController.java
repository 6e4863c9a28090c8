package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.TradingApi;
import org.reex.api.model.MyBidFilter;
import org.reex.api.model.MyBidPage;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TradingController implements TradingApi {

    private final TradingService trading;
    private final CurrentCaller currentCaller;

    public TradingController(TradingService trading, CurrentCaller currentCaller) {
        this.trading = trading;
        this.currentCaller = currentCaller;
    }

    @Override
    public MyBidPage listMyBids(@Nullable MyBidFilter status, @Nullable String cursor, @Nullable Integer limit) {
        return TradingMapper.toResponse(trading.mine(currentCaller.get(),
                status == null ? null : TradingService.Filter.valueOf(status.name()), cursor, limit == null ? 50 : limit));
    }

    @Override
    public HttpResponse<Void> watchLot(Long lotId) {
        trading.watch(currentCaller.get(), lotId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> unwatchLot(Long lotId) {
        trading.unwatch(currentCaller.get(), lotId);
        return HttpResponse.noContent();
    }
}
