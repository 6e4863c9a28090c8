package org.reex.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad statistics parameters answer 400 problem+json naming the parameter, never 500 or a partial answer. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsParametersTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    String agency;

    @BeforeAll
    void signIn() {
        agency = accounts.agencyToken();
    }

    private void refused(String path, String parameter) {
        Http.Reply reply = http.get(path, agency);
        assertEquals(400, reply.status(), path + " -> " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of(parameter), reply.invalidParamNames(), path + " -> " + reply);
    }

    @Test
    void badRecoveryParametersAreNamed() {
        String r = "/api/v1/stats/recovery?";
        refused(r + "from=2026-01&to=2026-03&groupBy=element,planet", "groupBy");
        refused(r + "from=2026-13&to=2027-03", "from");
        refused(r + "from=2026-1&to=2026-03", "from");
        refused(r + "from=2026-01&to=2026-00", "to");
        refused(r + "from=2026-04&to=2026-03", "from");
        refused(r + "from=2016-01&to=2026-02", "to");
        refused(r + "from=2026-01&to=2026-03&element=Nd&element=Xx", "element");
        refused(r + "from=2026-01&to=2026-03&element=Fe", "element");
        refused(r + "from=2026-01&to=2026-03&basis=GOLD", "basis");
        refused(r + "from=2026-01&to=2026-03&category=SCRAP", "category");
        refused(r + "from=2026-01&to=2026-03&recyclerId=abc", "recyclerId");
    }

    @Test
    void aMissingMonthIsABadRequest() {
        for (String path : List.of("/api/v1/stats/recovery?to=2026-03", "/api/v1/stats/overview?from=2026-02",
                "/api/v1/stats/prices?from=2026-02")) {
            Http.Reply reply = http.get(path, agency);
            assertEquals(400, reply.status(), path + " -> " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        }
    }

    @Test
    void theLongestPeriodAndEveryKeyAtOnceAreAccepted() {
        Http.Reply reply = http.get("/api/v1/stats/recovery?from=2016-01&to=2026-01"
                + "&groupBy=element,month,quarter,year,region,category,recycler,seller&basis=OXIDE", agency);
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(List.of("element", "month", "quarter", "year", "region", "category", "recycler", "seller"),
                reply.json().get("groupBy"));
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) reply.json().get("totals");
        assertTrue(totals.containsKey("declaredKg"));
    }

    @Test
    void badOverviewAndPriceParametersAreNamed() {
        refused("/api/v1/stats/overview?from=2026-05&to=2026-02", "from");
        refused("/api/v1/stats/prices?from=2026-01&to=2036-02", "to");
        refused("/api/v1/stats/prices?from=2026-01&to=2026-02&category=GOLD", "category");
    }
}
