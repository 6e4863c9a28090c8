package org.reex.identity;

import org.reex.api.model.MeResponse;
import org.reex.api.model.OrganizationCreateRequest;
import org.reex.api.model.OrganizationPage;
import org.reex.api.model.OrganizationResponse;
import org.reex.api.model.OrganizationType;
import org.reex.api.model.RegisterRequest;
import org.reex.api.model.Role;
import org.reex.api.model.TokenResponse;
import org.reex.api.model.UserCreateRequest;
import org.reex.api.model.UserResponse;
import org.reex.shared.web.Page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Identity entities to and from the generated API models. */
final class IdentityMapper {

    private IdentityMapper() {
    }

    static NewOrganization toNewOrganization(OrganizationCreateRequest request) {
        return new NewOrganization(request.getName(), OrganizationKind.valueOf(request.getType().getValue()),
                request.getRegion(), request.getLatitude(), request.getLongitude());
    }

    static NewOrganization toNewOrganization(RegisterRequest request) {
        return new NewOrganization(request.getOrganizationName(),
                OrganizationKind.valueOf(request.getOrganizationType().getValue()),
                request.getRegion(), request.getLatitude(), request.getLongitude());
    }

    static NewUser toNewUser(RegisterRequest request) {
        return new NewUser(request.getEmail(), request.getPassword(), request.getDisplayName());
    }

    static NewUser toNewUser(UserCreateRequest request) {
        return new NewUser(request.getEmail(), request.getPassword(), request.getDisplayName());
    }

    static TokenResponse toResponse(TokenIssuer.IssuedToken token) {
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds());
    }

    static OrganizationResponse toResponse(Organization organization) {
        return new OrganizationResponse(organization.id(), organization.name(),
                OrganizationType.valueOf(organization.type().name()), organization.region(),
                organization.latitude(), organization.longitude(), utc(organization.createdAt()));
    }

    static OrganizationPage toResponse(Page<Organization> page) {
        OrganizationPage response = new OrganizationPage(page.items().stream().map(IdentityMapper::toResponse).toList());
        response.setNextCursor(page.nextCursor());
        return response;
    }

    static UserResponse toResponse(User user, Organization organization) {
        return new UserResponse(user.id(), user.email(), user.displayName(), organization.id(),
                Role.valueOf(organization.type().role()), utc(user.createdAt()));
    }

    static MeResponse toMe(User user, Organization organization) {
        return new MeResponse(user.id(), user.email(), user.displayName(),
                Role.valueOf(organization.type().role()), toResponse(organization));
    }

    static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
