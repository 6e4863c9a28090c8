package org.reex.recovery;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.RecoveryApi;
import org.reex.api.model.RecoveryReportRequest;
import org.reex.api.model.RecoveryReportResponse;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecoveryController implements RecoveryApi {

    private final RecoveryService recovery;
    private final CurrentCaller currentCaller;

    public RecoveryController(RecoveryService recovery, CurrentCaller currentCaller) {
        this.recovery = recovery;
        this.currentCaller = currentCaller;
    }

    @Override
    public RecoveryReportResponse getRecoveryReport(Long lotId) {
        return RecoveryMapper.toResponse(recovery.get(currentCaller.get(), lotId));
    }

    @Override
    public HttpResponse<RecoveryReportResponse> submitRecoveryReport(Long lotId, RecoveryReportRequest request) {
        return HttpResponse.created(RecoveryMapper.toResponse(recovery.submit(currentCaller.get(), lotId,
                RecoveryMapper.toNew(request))));
    }
}
