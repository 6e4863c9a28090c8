package org.reex.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.licence.Licences;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Date-times past 2038 work; years outside 1970-9999 are a 400 naming the field, in bodies and queries alike. */
@MicronautTest(transactional = false)
class DateTimeInputTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Test
    void aLicenceValidTo2039IsStoredAndShownExactly() {
        String recycler = accounts.tokenFor("RECYCLER");
        Map<String, Object> body = Licences.ndfeb(Accounts.unique("L2039"));
        body.put("validTo", "2039-06-30T23:59:59.123456Z");
        Http.Reply created = http.post("/api/v1/licences", body, recycler);
        assertEquals(201, created.status(), created.toString());
        Http.Reply read = http.get("/api/v1/licences/" + created.json().get("id"), recycler);
        assertEquals(Instant.parse("2039-06-30T23:59:59.123456Z"), Instant.parse((String) read.json().get("validTo")));
    }

    @Test
    void yearsOutside1970To9999AreA400NamingTheField() {
        String recycler = accounts.tokenFor("RECYCLER");
        for (String bad : List.of("1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
                "-0001-01-01T00:00:00Z", "2026-13-01T00:00:00Z")) {
            Map<String, Object> body = Licences.ndfeb(Accounts.unique("Lbad"));
            body.put("validTo", bad);
            Http.Reply reply = http.post("/api/v1/licences", body, recycler);
            assertEquals(400, reply.status(), bad + " -> " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertEquals(List.of("validTo"), reply.invalidParamNames(), bad + " -> " + reply);
        }

        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.create(Lots.ndfeb("Far future"), seller);
        Map<String, Object> publish = Lots.publishRequest();
        publish.put("closesAt", "+10000-01-01T00:00:00Z");
        Http.Reply published = http.post("/api/v1/lots/" + lotId + "/publish", publish, seller);
        assertEquals(400, published.status(), published.toString());
        assertEquals(List.of("closesAt"), published.invalidParamNames(), published.toString());

        Http.Reply query = http.get("/api/v1/lots?closingBefore=0999-01-01T00:00:00Z", seller);
        assertEquals(400, query.status(), query.toString());
        assertEquals(List.of("closingBefore"), query.invalidParamNames(), query.toString());
        Http.Reply farQuery = http.get("/api/v1/lots?closingBefore=2100-01-01T00:00:00Z", seller);
        assertEquals(200, farQuery.status(), farQuery.toString());
    }
}
