package org.reex.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.MatchingApi;
import org.reex.api.model.MatchResponse;
import org.reex.api.model.MyMatchPage;
import org.reex.shared.security.CurrentCaller;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatchingController implements MatchingApi {

    private final MatchingService matching;
    private final CurrentCaller currentCaller;

    public MatchingController(MatchingService matching, CurrentCaller currentCaller) {
        this.matching = matching;
        this.currentCaller = currentCaller;
    }

    @Override
    public List<MatchResponse> listLotMatches(Long lotId) {
        return matching.forLot(currentCaller.get(), lotId).stream().map(MatchingMapper::toResponse).toList();
    }

    @Override
    public MyMatchPage listMyMatches(@Nullable String cursor, @Nullable Integer limit) {
        return MatchingMapper.toResponse(matching.mine(currentCaller.get(), cursor, limit == null ? 50 : limit));
    }
}
