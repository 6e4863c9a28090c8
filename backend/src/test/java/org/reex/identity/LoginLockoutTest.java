package org.reex.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 §2 over HTTP: nobody can lock an owner out, and guessing from one address meets growing delays. The
 * instance trusts the test client as a proxy, so {@code X-Forwarded-For} plays the attacker's and the owner's
 * addresses.
 */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "reex.limits.login.free-failures-per-account-and-address", value = "5")
@Property(name = "reex.limits.login.free-failures-per-address", value = "8")
@Property(name = "reex.limits.login.first-delay", value = "1s")
@Property(name = "reex.limits.login.max-delay", value = "1m")
class LoginLockoutTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Test
    void wrongPasswordsFromAnotherAddressDoNotStopTheOwner() {
        String email = accounts.register("RECYCLER");
        String attacker = address();
        int refused = 0;
        for (int attempt = 1; attempt <= 7; attempt++) {
            int status = login(email, "guess-" + attempt, attacker).status();
            assertTrue(status == 401 || status == 429, "attempt " + attempt + ": " + status);
            refused += status == 429 ? 1 : 0;
        }

        Http.Reply owner = login(email, Accounts.PASSWORD, address());

        assertTrue(refused > 0, "the attacker meets the delay");
        assertEquals(200, owner.status(), "the owner signs in from their own address: " + owner);
    }

    @Test
    void sprayingOnePasswordOverManyAccountsFromOneAddressIsStopped() {
        String sprayer = address();
        for (int account = 1; account <= 8; account++) {
            String email = account % 2 == 0 ? accounts.register("MANUFACTURER") : Accounts.unique("nobody") + "@example.com";
            assertEquals(401, login(email, "Winter2026!", sprayer).status(), "account " + account);
        }

        Http.Reply refused = login(accounts.register("RECYCLER"), "Winter2026!", sprayer);
        Http.Reply elsewhere = login(Accounts.unique("nobody") + "@example.com", "Winter2026!", address());

        assertEquals(429, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) >= 1);
        assertEquals(401, elsewhere.status(), "another address is not refused: " + elsewhere);
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        String email = accounts.register("RECYCLER");
        String address = address();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, login(email, "guess-" + attempt, address).status(), "attempt " + attempt);
        }
        long first = retryAfter(login(email, Accounts.PASSWORD, address));

        awaitHeard(email, address);
        long second = retryAfter(login(email, Accounts.PASSWORD, address));

        assertEquals(1, first, "the first delay");
        assertEquals(2, second, "doubled after one more failure");
    }

    /** Waits out the delay with wrong passwords (a refused attempt is not a failure), until one is heard: a 401. */
    private void awaitHeard(String email, String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Http.Reply reply = login(email, "one-more-guess", address);
            if (reply.status() == 401) {
                return;
            }
            assertEquals(429, reply.status(), reply.toString());
            assertTrue(Instant.now().isBefore(deadline), "the delay should pass within 10 s");
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long retryAfter(Http.Reply reply) {
        assertEquals(429, reply.status(), reply.toString());
        return Long.parseLong(reply.header("Retry-After").orElseThrow());
    }

    private Http.Reply login(String email, String password, String address) {
        return http.sendWithHeaders("POST", "/api/v1/auth/login", "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null,
                Map.of("X-Forwarded-For", address));
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
