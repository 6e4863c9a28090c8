package org.reex.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;
import org.reex.shared.security.CurrentCaller;

import java.util.List;
import java.util.Map;

/** Signs the bearer token that carries a user's id, organization and role. */
@Singleton
public class TokenIssuer {

    private final AccessRefreshTokenGenerator generator;

    public TokenIssuer(AccessRefreshTokenGenerator generator) {
        this.generator = generator;
    }

    public IssuedToken issue(User user, Organization organization) {
        String role = organization.type().role();
        Authentication authentication = Authentication.build(
                String.valueOf(user.id()),
                List.of(role),
                Map.of(CurrentCaller.ORGANIZATION_CLAIM, organization.id(), CurrentCaller.ROLE_CLAIM, role));
        AccessRefreshToken token = generator.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("The token generator produced no token"));
        return new IssuedToken(token.getAccessToken(), token.getExpiresIn() == null ? 0 : token.getExpiresIn());
    }

    public record IssuedToken(String accessToken, int expiresInSeconds) {
    }
}
