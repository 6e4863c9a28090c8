package org.reex.shared.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every token is issued for this API ({@code aud}), the one audience its validator accepts
 * ({@code micronaut.security.token.jwt.claims-validators.audience}); the issuer ({@code iss}) is the application's
 * name, set by the library and checked the same way.
 */
@Singleton
public class TokenAudience implements ClaimsAudienceProvider {

    private final String audience;

    public TokenAudience(@Value("${micronaut.security.token.jwt.claims-validators.audience}") String audience) {
        this.audience = audience;
    }

    @Override
    public List<String> audience() {
        return List.of(audience);
    }
}
