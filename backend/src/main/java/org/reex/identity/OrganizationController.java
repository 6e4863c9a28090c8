package org.reex.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.reex.api.OrganizationsApi;
import org.reex.api.model.OrganizationCreateRequest;
import org.reex.api.model.OrganizationPage;
import org.reex.api.model.OrganizationResponse;
import org.reex.api.model.OrganizationType;
import org.reex.api.model.UserCreateRequest;
import org.reex.api.model.UserResponse;
import org.reex.shared.security.CurrentCaller;
import org.reex.shared.security.Roles;

import java.util.List;

@Controller
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganizationController implements OrganizationsApi {

    private static final int DEFAULT_LIMIT = 50;

    private final OrganizationService organizations;
    private final CurrentCaller currentCaller;

    public OrganizationController(OrganizationService organizations, CurrentCaller currentCaller) {
        this.organizations = organizations;
        this.currentCaller = currentCaller;
    }

    @Override
    public HttpResponse<OrganizationResponse> createOrganization(OrganizationCreateRequest request) {
        Organization created = organizations.createOrganization(
                IdentityMapper.toNewOrganization(request), currentCaller.get().userId());
        return HttpResponse.created(IdentityMapper.toResponse(created));
    }

    @Override
    public OrganizationPage listOrganizations(@Nullable String cursor, @Nullable Integer limit, @Nullable OrganizationType type) {
        OrganizationKind kind = type == null ? null : OrganizationKind.valueOf(type.getValue());
        return IdentityMapper.toResponse(
                organizations.listOrganizations(kind, cursor, limit == null ? DEFAULT_LIMIT : limit));
    }

    @Override
    public HttpResponse<UserResponse> createUser(Long orgId, UserCreateRequest request) {
        User created = organizations.createUser(orgId, IdentityMapper.toNewUser(request), currentCaller.get().userId());
        Organization organization = organizations.getOrganization(orgId);
        return HttpResponse.created(IdentityMapper.toResponse(created, organization));
    }

    @Override
    public List<UserResponse> listUsers(Long orgId) {
        Organization organization = organizations.getOrganization(orgId);
        return organizations.listUsers(orgId).stream()
                .map(user -> IdentityMapper.toResponse(user, organization))
                .toList();
    }
}
