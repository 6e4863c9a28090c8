package org.reex.flag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.FlagsApi;
import org.reex.api.model.FlagDecisionRequest;
import org.reex.api.model.FlagPage;
import org.reex.api.model.FlagResponse;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FlagController implements FlagsApi {

    private static final int DEFAULT_LIMIT = 50;

    private final FlagService flags;
    private final CurrentCaller currentCaller;

    public FlagController(FlagService flags, CurrentCaller currentCaller) {
        this.flags = flags;
        this.currentCaller = currentCaller;
    }

    @Override
    public FlagPage listFlags(@Nullable org.reex.api.model.FlagStatus status, @Nullable org.reex.api.model.FlagRule rule,
                              @Nullable String region, @Nullable Long lotId, @Nullable String reportMonth,
                              @Nullable Long recyclerId, @Nullable String cursor, @Nullable Integer limit) {
        return FlagMapper.toResponse(flags.list(currentCaller.get(), new FlagService.Filter(
                status == null ? null : FlagStatus.valueOf(status.getValue()),
                rule == null ? null : FlagRule.valueOf(rule.getValue()), region, lotId, reportMonth, recyclerId), cursor,
                limit == null ? DEFAULT_LIMIT : limit));
    }

    @Override
    public FlagResponse decideFlag(Long flagId, FlagDecisionRequest request) {
        return FlagMapper.toResponse(flags.decide(currentCaller.get(), flagId, request.getDecision().getValue(), request.getNote()));
    }
}
