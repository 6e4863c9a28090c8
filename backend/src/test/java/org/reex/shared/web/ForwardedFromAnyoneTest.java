package org.reex.shared.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reex.custody.Db;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 11 §1, no trusted proxy configured (the default): the test client is a stranger, so a forged
 * {@code X-Forwarded-For} must not move it to another address for any limit.
 */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.login.free-failures-per-address", value = "20")
@Property(name = "reex.tips.lookups-per-address", value = "3")
class ForwardedFromAnyoneTest {

    @Inject
    Http http;

    /** This class's failures are counted against the test client's own address: leave none for other classes. */
    @AfterEach
    void forgetFailures() {
        Db.update("DELETE FROM login_failure");
    }

    @Test
    void fortyWrongPasswordsEachWithAForgedAddressAreStillRefused() {
        for (int attempt = 1; attempt <= 40; attempt++) {
            Http.Reply reply = login(Accounts.unique("sprayed") + "@example.com", "password-" + attempt, forged());
            if (reply.status() == 429) {
                assertEquals("application/problem+json", reply.contentType());
                assertTrue(Long.parseLong(reply.header("Retry-After").orElseThrow()) > 0);
                return;
            }
            assertEquals(401, reply.status(), "attempt " + attempt + ": " + reply);
        }
        fail("40 wrong passwords from one socket went unrefused: the forged X-Forwarded-For was believed");
    }

    @Test
    void forgedForwardedHeadersDoNotEarnTipLookups() {
        String code = "A".repeat(32);
        for (int lookup = 1; lookup <= 3; lookup++) {
            assertEquals(404, lookup(code, Map.of("X-Forwarded-For", forged())).status(), "lookup " + lookup);
        }
        assertEquals(429, lookup(code, Map.of("Forwarded", "for=" + forged())).status());
        assertEquals(429, lookup(code, Map.of("X-Forwarded-For", forged())).status());
    }

    private Http.Reply login(String email, String password, String forwardedFor) {
        return http.sendWithHeaders("POST", "/api/v1/auth/login", "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null,
                Map.of("X-Forwarded-For", forwardedFor));
    }

    private Http.Reply lookup(String code, Map<String, String> headers) {
        return http.sendWithHeaders("GET", "/api/v1/tips/" + code, null, null, null, headers);
    }

    static String forged() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
