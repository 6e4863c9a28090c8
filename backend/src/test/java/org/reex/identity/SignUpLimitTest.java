package org.reex.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.Db;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 §3: sign-ups per client address (the instance trusts the test client to report addresses). */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "reex.limits.sign-ups.per-address", value = "3")
@Property(name = "reex.limits.sign-ups.period", value = "1h")
class SignUpLimitTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Test
    void anAddressIsRefusedPastItsSignUpsAndNothingIsStored() {
        String address = address();
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, register(accounts.registration("RECYCLER"), address).status(), "sign-up " + i);
        }
        Map<String, Object> fourth = accounts.registration("MANUFACTURER");

        Http.Reply refused = register(fourth, address);

        assertEquals(429, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        assertEquals(0, Db.count("SELECT COUNT(*) FROM organization WHERE name = ?", fourth.get("organizationName")));
        assertEquals(201, register(accounts.registration("RECYCLER"), address()).status(), "another address signs up");
    }

    @Test
    void aRefusedBodyDoesNotUseASignUp() {
        String address = address();
        Map<String, Object> invalid = accounts.registration("RECYCLER");
        invalid.put("email", "not-an-email");
        for (int i = 1; i <= 4; i++) {
            assertEquals(400, register(invalid, address).status(), "invalid " + i);
        }

        assertEquals(201, register(accounts.registration("RECYCLER"), address).status());
    }

    private Http.Reply register(Map<String, Object> body, String address) {
        try {
            return http.sendWithHeaders("POST", "/api/v1/auth/register", "application/json",
                    http.json().writeValueAsString(body), null, Map.of("X-Forwarded-For", address));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
