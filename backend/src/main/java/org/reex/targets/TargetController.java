package org.reex.targets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.TargetsApi;
import org.reex.api.model.TargetCreateRequest;
import org.reex.api.model.TargetList;
import org.reex.api.model.TargetResponse;
import org.reex.api.model.TargetUpdateRequest;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TargetController implements TargetsApi {

    private final TargetService targets;
    private final CurrentCaller currentCaller;

    public TargetController(TargetService targets, CurrentCaller currentCaller) {
        this.targets = targets;
        this.currentCaller = currentCaller;
    }

    @Override
    public TargetList listTargets(@Nullable Integer year, @Nullable String region, @Nullable String element) {
        return TargetMapper.toResponse(targets.list(currentCaller.get(), year, region, element));
    }

    @Override
    public HttpResponse<TargetResponse> createTarget(TargetCreateRequest request) {
        return HttpResponse.<TargetResponse>status(HttpStatus.CREATED).body(TargetMapper.toResponse(targets.create(
                currentCaller.get(), request.getYear(), request.getRegion(), request.getElement(),
                new TargetService.Figures(request.getTargetRecoveredKg(), request.getTargetRecoveryRate()))));
    }

    @Override
    public TargetResponse updateTarget(Long targetId, TargetUpdateRequest request) {
        return TargetMapper.toResponse(targets.update(currentCaller.get(), targetId, request.getVersion(),
                new TargetService.Figures(request.getTargetRecoveredKg(), request.getTargetRecoveryRate())));
    }

    @Override
    public HttpResponse<Void> deleteTarget(Long targetId) {
        targets.delete(currentCaller.get(), targetId);
        return HttpResponse.noContent();
    }
}
