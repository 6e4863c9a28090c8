package org.reex.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.MeApi;
import org.reex.api.model.MeResponse;
import org.reex.shared.error.UnauthorizedException;
import org.reex.shared.security.Caller;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeController implements MeApi {

    private final OrganizationService organizations;
    private final CurrentCaller currentCaller;

    public MeController(OrganizationService organizations, CurrentCaller currentCaller) {
        this.organizations = organizations;
        this.currentCaller = currentCaller;
    }

    @Override
    public MeResponse getMe() {
        Caller caller = currentCaller.get();
        User user = organizations.findUser(caller.userId())
                .orElseThrow(() -> new UnauthorizedException("This account no longer exists."));
        Organization organization = organizations.findOrganization(user.organizationId()).orElseThrow();
        return IdentityMapper.toMe(user, organization);
    }
}
