package org.reex.shared.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A token must say when it was issued and when it expires, and neither its issue time ({@code iat}) nor its start
 * ({@code nbf}) may lie in the future beyond the clock skew allowed between instances: the library checks only
 * {@code exp} unless told, and never {@code iat}.
 */
@Singleton
public class TokenTimes<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;
    private final Duration skew;

    public TokenTimes(Clock clock, @Value("${reex.security.token-clock-skew:30s}") Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Instant latest = clock.instant().plus(skew);
        Instant issued = instant(claims.get(Claims.ISSUED_AT));
        if (issued == null || issued.isAfter(latest) || instant(claims.get(Claims.EXPIRATION_TIME)) == null) {
            return false;
        }
        Object notBefore = claims.get(Claims.NOT_BEFORE);
        if (notBefore == null) {
            return true;
        }
        Instant start = instant(notBefore);
        return start != null && !start.isAfter(latest);
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
