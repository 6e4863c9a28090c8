package org.reex.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees which recovery figures: agencies everything; a recycler only its own (another's id 403); a
 * manufacturer only its own lots (another's id 403); admins nothing; nobody without signing in. Lots in 1997.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsAccessTest {

    private static final String PERIOD = "/api/v1/stats/recovery?from=1997-01&to=1997-12";

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    StatsOrgs orgs;

    @Inject
    RollupFixture fixture;

    StatsOrgs.Org recyclerA;
    StatsOrgs.Org recyclerB;
    StatsOrgs.Org sellerA;
    StatsOrgs.Org sellerB;
    String agency;

    @BeforeAll
    void certify() {
        agency = accounts.agencyToken();
        recyclerA = orgs.register("RECYCLER", "Recycler A");
        recyclerB = orgs.register("RECYCLER", "Recycler B");
        sellerA = orgs.register("MANUFACTURER", "Seller A");
        sellerB = orgs.register("MANUFACTURER", "Seller B");
        // A-A 100 kg Nd recovered, A-B 20, B-A 3, B-B 0.4 (recycler-seller), so every scope has its own total.
        add(recyclerA, sellerA, "100.000");
        add(recyclerA, sellerB, "20.000");
        add(recyclerB, sellerA, "3.000");
        add(recyclerB, sellerB, "0.400");
    }

    private void add(StatsOrgs.Org recycler, StatsOrgs.Org seller, String recovered) {
        fixture.add(new CertifiedLot(RecoveryRollupsTest.LOT_IDS.incrementAndGet(), Instant.parse("1997-05-05T05:05:05Z"),
                "NDFEB_MAGNET", "Ganzhou", recycler.id(), seller.id(),
                List.of(new CertifiedLot.ElementMass("Nd", new BigDecimal("200.000"), new BigDecimal(recovered)))));
    }

    private String recovered(String path, String token) {
        Http.Reply reply = http.get(path, token);
        assertEquals(200, reply.status(), reply.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) reply.json().get("totals");
        return (String) totals.get("recoveredKg");
    }

    @Test
    void anAgencySeesEverythingAndMayFilterByAnyone() {
        assertEquals("123.400", recovered(PERIOD, agency));
        assertEquals("103.000", recovered(PERIOD + "&sellerId=" + sellerA.id(), agency));
        assertEquals("3.400", recovered(PERIOD + "&recyclerId=" + recyclerB.id(), agency));
    }

    @Test
    void aRecyclerSeesOnlyItsOwnRecovery() {
        assertEquals("120.000", recovered(PERIOD, recyclerA.token()));
        assertEquals("120.000", recovered(PERIOD + "&recyclerId=" + recyclerA.id(), recyclerA.token()));
        assertEquals("100.000", recovered(PERIOD + "&sellerId=" + sellerA.id(), recyclerA.token()));
        assertEquals("3.400", recovered(PERIOD + "&groupBy=seller", recyclerB.token()));

        Http.Reply other = http.get(PERIOD + "&recyclerId=" + recyclerB.id(), recyclerA.token());
        assertEquals(403, other.status(), other.toString());
        assertTrue(other.contentType().startsWith("application/problem+json"));
        assertEquals(200, http.get("/api/v1/stats/overview?from=1997-01&to=1997-12", recyclerA.token()).status());
    }

    @Test
    void aManufacturerSeesOnlyWhatCameFromItsOwnLots() {
        assertEquals("103.000", recovered(PERIOD, sellerA.token()));
        Http.Reply grouped = http.get(PERIOD + "&groupBy=recycler", sellerA.token());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) grouped.json().get("rows");
        assertEquals(List.of("100.000", "3.000"), rows.stream().map(r -> r.get("recoveredKg")).toList());
        assertEquals(403, http.get(PERIOD + "&sellerId=" + sellerB.id(), sellerA.token()).status());
        assertEquals("100.000", recovered(PERIOD + "&recyclerId=" + recyclerA.id(), sellerA.token()));
    }

    @Test
    void adminsAndStrangersSeeNothing() {
        String admin = accounts.adminToken();
        assertEquals(403, http.get(PERIOD, admin).status());
        assertEquals(403, http.get("/api/v1/stats/overview?from=1997-01&to=1997-12", admin).status());
        assertEquals(200, http.get("/api/v1/stats/prices?from=1997-01&to=1997-12", admin).status(),
                "prices are for every signed-in user");
        assertEquals(401, http.get(PERIOD, null).status());
        assertEquals(401, http.get("/api/v1/stats/overview?from=1997-01&to=1997-12", null).status());
        assertEquals(401, http.get("/api/v1/stats/prices?from=1997-01&to=1997-12", null).status());
    }

    @Test
    void theOverviewIsScopedLikeTheRecoveryFigures() {
        Map<String, Object> mine = http.get("/api/v1/stats/overview?from=1997-01&to=1997-12", recyclerB.token()).json();
        assertEquals("3.400", mine.get("recoveredKg"));
        assertEquals(2, ((Number) mine.get("lotsCertified")).intValue());
        Map<String, Object> all = http.get("/api/v1/stats/overview?from=1997-01&to=1997-12", agency).json();
        assertEquals("123.400", all.get("recoveredKg"));
        assertFalse(all.containsKey("previousRecoveryRate"), "nothing was declared in 1996");
    }
}
