package org.reex.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.reex.shared.security.CurrentCaller;

import java.time.Duration;
import java.util.Optional;

/**
 * A token is good only while its user still exists in the organization, and with the role, it names: checked on
 * every request against the database, through a short cache (docs/adr/016-token-checks.md), so a user removed or
 * moved to another organization loses access within {@code reex.security.token-standing-cache} instead of at the
 * token's expiry. Runs on the token validator's own executor, never on the event loop.
 */
@Singleton
public class TokenStanding<T> implements GenericJwtClaimsValidator<T> {

    /** Where a user stands now: their organization and its role; empty when the user is gone. */
    record Standing(long organizationId, String role) {
    }

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final Cache<Long, Optional<Standing>> cache;

    public TokenStanding(UserRepository users, OrganizationRepository organizations,
                         @Value("${reex.security.token-standing-cache:30s}") Duration ttl) {
        this.users = users;
        this.organizations = organizations;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
    }

    @Override
    public boolean validate(Claims claims, T request) {
        long userId;
        try {
            userId = Long.parseLong(String.valueOf(claims.get(Claims.SUBJECT)));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<Standing> standing;
        try {
            standing = cache.get(userId, this::lookUp);
        } catch (RuntimeException databaseDown) {
            // Nothing to check against: let the request through on its signature, to answer as every request does
            // while the database is away (503 from the route), rather than signing everyone out with a 401.
            return true;
        }
        if (standing == null || standing.isEmpty()) {
            return false;
        }
        return claims.get(CurrentCaller.ORGANIZATION_CLAIM) instanceof Number org
                && org.longValue() == standing.get().organizationId()
                && standing.get().role().equals(claims.get(CurrentCaller.ROLE_CLAIM));
    }

    private Optional<Standing> lookUp(long userId) {
        return users.findById(userId)
                .flatMap(user -> organizations.findById(user.organizationId())
                        .map(org -> new Standing(org.id(), org.type().role())));
    }
}
