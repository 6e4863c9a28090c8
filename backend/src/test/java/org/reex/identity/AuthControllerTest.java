package org.reex.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuthControllerTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Test
    void registerSignsInTheNewOrganizationsFirstUser() {
        Map<String, Object> body = accounts.registration("RECYCLER");

        Http.Reply registered = http.post("/api/v1/auth/register", body, null);

        assertEquals(201, registered.status(), registered.toString());
        assertEquals("Bearer", registered.json().get("tokenType"));
        assertTrue(((Number) registered.json().get("expiresIn")).intValue() > 0);
        Http.Reply me = http.get("/api/v1/me", (String) registered.json().get("accessToken"));
        assertEquals(200, me.status(), me.toString());
        assertEquals(body.get("email"), me.json().get("email"));
        assertEquals("RECYCLER", me.json().get("role"));
        @SuppressWarnings("unchecked")
        Map<String, Object> organization = (Map<String, Object>) me.json().get("organization");
        assertEquals(body.get("organizationName"), organization.get("name"));
        assertEquals("RECYCLER", organization.get("type"));
        assertEquals(25.831, ((Number) organization.get("latitude")).doubleValue(), 1e-9);
    }

    @Test
    void loginReturnsABearerTokenThatMeAccepts() {
        String email = accounts.register("MANUFACTURER");

        Http.Reply login = http.post("/api/v1/auth/login",
                Map.of("email", "  " + email.toUpperCase() + " ", "password", Accounts.PASSWORD), null);

        assertEquals(200, login.status(), login.toString());
        Http.Reply me = http.get("/api/v1/me", (String) login.json().get("accessToken"));
        assertEquals(email, me.json().get("email"));
        assertEquals("MANUFACTURER", me.json().get("role"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401Problem() {
        String email = accounts.register("MANUFACTURER");

        Http.Reply wrongPassword = http.post("/api/v1/auth/login", Map.of("email", email, "password", "not-the-password"), null);
        Http.Reply unknownEmail = http.post("/api/v1/auth/login",
                Map.of("email", Accounts.unique("nobody") + "@example.com", "password", "whatever-it-is"), null);

        assertEquals(401, wrongPassword.status());
        assertEquals(PROBLEM_JSON, wrongPassword.contentType());
        assertEquals(401, unknownEmail.status());
        assertEquals(wrongPassword.json().get("detail"), unknownEmail.json().get("detail"));
        assertEquals(wrongPassword.json().get("title"), unknownEmail.json().get("title"));
    }

    @Test
    void repeatedFailuresForOneAccountAreRefusedWith429EvenWithTheRightPassword() {
        String email = accounts.register("RECYCLER");
        Map<String, Object> wrong = Map.of("email", email, "password", "not-the-password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, http.post("/api/v1/auth/login", wrong, null).status(), "attempt " + attempt);
        }

        Http.Reply refused = http.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD), null);

        assertEquals(429, refused.status(), refused.toString());
        assertEquals(PROBLEM_JSON, refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
    }

    @Test
    void meWithoutATokenIs401Problem() {
        Http.Reply reply = http.get("/api/v1/me", null);

        assertEquals(401, reply.status());
        assertEquals(PROBLEM_JSON, reply.contentType());
    }

    @Test
    void meWithAForgedTokenIs401() {
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZXMiOlsiQURNSU4iXX0.c2lnbmF0dXJl";

        assertEquals(401, http.get("/api/v1/me", forged).status());
    }

    @Test
    void malformedJsonIs400Problem() {
        Http.Reply reply = http.post("/api/v1/auth/login", "{\"email\": \"a@b.example\", ", null);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(PROBLEM_JSON, reply.contentType());
        assertFalse(reply.body().contains("org.reex"), "no internals leak: " + reply.body());
    }

    @Test
    void missingFieldIs400NamingTheField() {
        Map<String, Object> body = accounts.registration("MANUFACTURER");
        body.remove("displayName");

        Http.Reply reply = http.post("/api/v1/auth/register", body, null);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(PROBLEM_JSON, reply.contentType());
        assertEquals(java.util.List.of("displayName"), reply.invalidParamNames());
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsCreated() {
        Map<String, Object> body = accounts.registration("RECYCLER");
        body.put("email", "not-an-email");
        body.put("password", "short");
        body.put("latitude", 91);

        Http.Reply reply = http.post("/api/v1/auth/register", body, null);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(java.util.List.of("email", "latitude", "password"), reply.invalidParamNames());
        body.put("email", "valid-" + Accounts.unique("x") + "@example.com");
        body.put("password", Accounts.PASSWORD);
        body.put("latitude", 25);
        assertEquals(201, http.post("/api/v1/auth/register", body, null).status(),
                "the organization name was not taken by the refused request");
    }

    @Test
    void wrongTypeAndUnknownEnumValueAre400NamingTheField() {
        Map<String, Object> wrongType = accounts.registration("RECYCLER");
        wrongType.put("longitude", "east");
        Map<String, Object> agency = accounts.registration("RECYCLER");
        agency.put("organizationType", "AGENCY");

        Http.Reply typeReply = http.post("/api/v1/auth/register", wrongType, null);
        Http.Reply enumReply = http.post("/api/v1/auth/register", agency, null);

        assertEquals(400, typeReply.status(), typeReply.toString());
        assertEquals(java.util.List.of("longitude"), typeReply.invalidParamNames());
        assertEquals(400, enumReply.status(), enumReply.toString());
        assertEquals(java.util.List.of("organizationType"), enumReply.invalidParamNames(),
                "self-registration cannot create an agency");
    }

    @Test
    void takenEmailOrOrganizationNameIs409NamingTheField() {
        Map<String, Object> first = accounts.registration("RECYCLER");
        assertEquals(201, http.post("/api/v1/auth/register", first, null).status());
        Map<String, Object> sameEmail = accounts.registration("RECYCLER");
        sameEmail.put("email", ((String) first.get("email")).toUpperCase());
        Map<String, Object> sameName = accounts.registration("MANUFACTURER");
        sameName.put("organizationName", first.get("organizationName"));

        Http.Reply emailReply = http.post("/api/v1/auth/register", sameEmail, null);
        Http.Reply nameReply = http.post("/api/v1/auth/register", sameName, null);

        assertEquals(409, emailReply.status(), emailReply.toString());
        assertEquals(java.util.List.of("email"), emailReply.invalidParamNames());
        assertEquals(409, nameReply.status(), nameReply.toString());
        assertEquals(java.util.List.of("organizationName"), nameReply.invalidParamNames());
    }
}
