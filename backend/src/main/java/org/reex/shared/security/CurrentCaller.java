package org.reex.shared.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.reex.shared.error.UnauthorizedException;

/** Reads the {@link Caller} from the request's verified bearer token. */
@Singleton
public class CurrentCaller {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String ROLE_CLAIM = "role";

    private final SecurityService securityService;

    public CurrentCaller(SecurityService securityService) {
        this.securityService = securityService;
    }

    public Caller get() {
        Authentication authentication = securityService.getAuthentication()
                .orElseThrow(() -> new UnauthorizedException("Sign in first."));
        Object org = authentication.getAttributes().get(ORGANIZATION_CLAIM);
        Object role = authentication.getAttributes().get(ROLE_CLAIM);
        if (!(org instanceof Number orgId) || !(role instanceof String roleName)) {
            throw new UnauthorizedException("The access token is not valid for this API.");
        }
        return new Caller(Long.parseLong(authentication.getName()), orgId.longValue(), roleName);
    }
}
