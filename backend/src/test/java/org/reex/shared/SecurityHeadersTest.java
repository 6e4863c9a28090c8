package org.reex.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 §6: headers on the web app, on API answers (the login's token included) and on errors. */
@MicronautTest(transactional = false)
class SecurityHeadersTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Test
    void everyAnswerForbidsFramingAndSniffingAndLeaksNoReferrer() {
        Http.Reply page = http.sendWithHeaders("GET", "/recycler", null, null, null, Map.of("Accept", "text/html"));
        Http.Reply api = http.get("/api/v1/me", accounts.tokenFor("RECYCLER"));
        Http.Reply refused = http.get("/api/v1/me", null);
        Http.Reply missing = http.get("/api/v1/no-such-route", null);
        for (Http.Reply reply : new Http.Reply[]{page, api, refused, missing}) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), reply.toString());
            assertEquals("DENY", reply.header("X-Frame-Options").orElse(""), reply.toString());
            assertEquals("same-origin", reply.header("Referrer-Policy").orElse(""), reply.toString());
            String csp = reply.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                    && csp.contains("default-src 'self'") && !csp.contains("unsafe-eval"), csp);
        }
        assertEquals(200, api.status(), api.toString());
        assertEquals(401, refused.status());
    }

    @Test
    void apiAnswersAndTheLoginTokenAreNeverStored() {
        String email = Accounts.unique("headers") + "@example.test";
        Http.Reply registered = http.post("/api/v1/auth/register", Map.of(
                "organizationName", "Headers " + email, "organizationType", "RECYCLER", "email", email,
                "password", "a-long-enough-password", "displayName", "Header Tester",
                "region", "Jiangxi", "latitude", 25.83, "longitude", 114.93), null);
        assertEquals(201, registered.status(), registered.toString());
        Http.Reply login = http.post("/api/v1/auth/login", Map.of("email", email, "password", "a-long-enough-password"), null);
        assertEquals(200, login.status(), login.toString());
        assertTrue(login.json().containsKey("accessToken"));
        assertEquals("no-store", login.header("Cache-Control").orElse(""));
        assertEquals("no-store", http.get("/api/v1/me", null).header("Cache-Control").orElse(""));
        assertEquals("no-store", http.get("/health", null).header("Cache-Control").orElse(""));
    }
}
