package org.reex.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Errors raised by the framework itself come back as problem+json too, and without internals. */
@MicronautTest(transactional = false)
class ErrorResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    Http http;

    @Test
    void unknownApiRouteIs404Problem() {
        Http.Reply get = http.get("/api/v1/no-such-thing", null);
        Http.Reply post = http.send("POST", "/api/v1/no-such-thing", "application/json", "{}", null);

        assertEquals(404, get.status());
        assertEquals(PROBLEM_JSON, get.contentType());
        assertEquals(404, ((Number) get.json().get("status")).intValue());
        assertEquals(404, post.status());
        assertEquals(PROBLEM_JSON, post.contentType());
    }

    @Test
    void wrongMethodIs405Problem() {
        Http.Reply reply = http.send("DELETE", "/api/v1/auth/login", null, null, null);

        assertEquals(405, reply.status());
        assertEquals(PROBLEM_JSON, reply.contentType());
    }

    @Test
    void wrongContentTypeIs415Problem() {
        Http.Reply reply = http.send("POST", "/api/v1/auth/login", "text/plain", "email=a", null);

        assertEquals(415, reply.status());
        assertEquals(PROBLEM_JSON, reply.contentType());
    }

    @Test
    void oversizedBodyIs413Problem() {
        String huge = "{\"email\":\"" + "a".repeat(13 * 1024 * 1024) + "\",\"password\":\"x\"}";

        Http.Reply reply = http.send("POST", "/api/v1/auth/login", "application/json", huge, null);

        assertEquals(413, reply.status());
        assertEquals(PROBLEM_JSON, reply.contentType());
    }

    @Test
    void aBodyOfTheWrongShapeIs400NotA500() {
        Http.Reply array = http.post("/api/v1/auth/login", "[1, 2, 3]", null);
        Http.Reply nested = http.post("/api/v1/auth/login", "{\"email\": {\"x\": 1}, \"password\": \"p\"}", null);
        Http.Reply empty = http.send("POST", "/api/v1/auth/login", "application/json", "", null);

        assertEquals(400, array.status(), array.toString());
        assertEquals(400, nested.status(), nested.toString());
        assertEquals(java.util.List.of("email"), nested.invalidParamNames());
        assertEquals(400, empty.status(), empty.toString());
        assertFalse(nested.body().contains("org.reex"), nested.body());
    }

    @Test
    void healthIsPublic() {
        Http.Reply reply = http.get("/health", null);

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("UP", reply.json().get("status"));
    }
}
