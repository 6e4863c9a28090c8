package org.reex.custody;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.CustodyApi;
import org.reex.api.model.ChainVerification;
import org.reex.api.model.CustodyEvent;
import org.reex.api.model.CustodyEventRequest;
import org.reex.api.model.CustodyTrail;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CustodyController implements CustodyApi {

    private final CustodyService custody;
    private final CurrentCaller currentCaller;

    public CustodyController(CustodyService custody, CurrentCaller currentCaller) {
        this.custody = custody;
        this.currentCaller = currentCaller;
    }

    @Override
    public CustodyTrail getCustody(Long lotId) {
        return CustodyMapper.toResponse(custody.trail(currentCaller.get(), lotId));
    }

    @Override
    public HttpResponse<CustodyEvent> recordCustodyEvent(Long lotId, CustodyEventRequest request) {
        CustodyEntry saved = custody.record(currentCaller.get(), lotId, CustodyMapper.toNew(request));
        return HttpResponse.created(CustodyMapper.toResponse(saved, custody.organizationName(saved.actorOrganizationId())));
    }

    @Override
    public ChainVerification verifyCustody(Long lotId) {
        return CustodyMapper.toResponse(custody.verify(currentCaller.get(), lotId));
    }
}
