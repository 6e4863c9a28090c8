package org.reex.shared.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;

/**
 * Refuses to start a production run that still signs tokens with the local development secret,
 * or with a secret too short for HS256.
 */
@Context
@Requires(env = "prod")
public class JwtSecretGuard {

    static final String LOCAL_DEFAULT_SECRET = "reex-local-development-secret-not-for-production";
    static final int MIN_SECRET_LENGTH = 32;

    public JwtSecretGuard(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        check(secret);
    }

    static void check(String secret) {
        if (secret == null || secret.isBlank() || LOCAL_DEFAULT_SECRET.equals(secret)) {
            throw new IllegalStateException(
                    "REEX_JWT_SECRET is not set: a production run (MICRONAUT_ENVIRONMENTS=prod) refuses to sign "
                            + "tokens with the local development secret. Set REEX_JWT_SECRET to a random string of at least "
                            + MIN_SECRET_LENGTH + " characters.");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("REEX_JWT_SECRET is too short: use at least " + MIN_SECRET_LENGTH + " characters.");
        }
    }
}
