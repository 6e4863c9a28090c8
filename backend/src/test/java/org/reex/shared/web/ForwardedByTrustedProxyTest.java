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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 11 §1 with the test client's own address configured as a trusted proxy: the client it reports is the one
 * every limit counts, and only the hops right of the last trusted proxy are believed.
 */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.trusted-proxies", value = "127.0.0.1,::1,10.0.0.0/8")
@Property(name = "reex.limits.login.free-failures-per-address", value = "20")
@Property(name = "reex.tips.lookups-per-address", value = "3")
class ForwardedByTrustedProxyTest {

    @Inject
    Http http;

    @AfterEach
    void forgetFailures() {
        Db.update("DELETE FROM login_failure");
    }

    @Test
    void theProxysClientIsCountedNotTheProxy() {
        String client = ForwardedFromAnyoneTest.forged();
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertEquals(401, login(Accounts.unique("sprayed") + "@example.com", client).status(), "attempt " + attempt);
        }

        Http.Reply refused = login(Accounts.unique("sprayed") + "@example.com", client);
        Http.Reply other = login(Accounts.unique("sprayed") + "@example.com", ForwardedFromAnyoneTest.forged());

        assertEquals(429, refused.status(), refused.toString());
        assertEquals(401, other.status(), "another client behind the same proxy is not refused: " + other);
    }

    @Test
    void onlyHopsRightOfTheTrustedProxiesAreBelieved() {
        String code = "B".repeat(32);
        String client = ForwardedFromAnyoneTest.forged();
        for (int lookup = 1; lookup <= 3; lookup++) {
            // The client prepends a fresh lie each time; the proxies (10.1.2.3 trusted) append what they saw.
            String chain = ForwardedFromAnyoneTest.forged() + ", " + client + ", 10.1.2.3";
            assertEquals(404, lookup(code, Map.of("X-Forwarded-For", chain)).status(), "lookup " + lookup);
        }

        assertEquals(429, lookup(code, Map.of("X-Forwarded-For", "198.51.100.9, " + client)).status());
        assertEquals(429, lookup(code, Map.of("Forwarded", "for=\"" + client + ":4711\"")).status());
        assertEquals(404, lookup(code, Map.of("X-Forwarded-For", ForwardedFromAnyoneTest.forged())).status());
    }

    private Http.Reply login(String email, String forwardedFor) {
        return http.sendWithHeaders("POST", "/api/v1/auth/login", "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"wrong-password\"}", null,
                Map.of("X-Forwarded-For", forwardedFor));
    }

    private Http.Reply lookup(String code, Map<String, String> headers) {
        return http.sendWithHeaders("GET", "/api/v1/tips/" + code, null, null, null, headers);
    }
}
