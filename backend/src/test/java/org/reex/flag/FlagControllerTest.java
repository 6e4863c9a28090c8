package org.reex.flag;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.custody.Db;
import org.reex.licence.Licences;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class FlagControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Licences licences;

    @Inject
    CustodyFixture fixture;

    @Inject
    FlagService flagService;

    @Test
    void receivedMassExactlyAtTheToleranceRaisesNothing() {
        List<CustodyFixture.Awarded> lots = fixture.awarded(2, "1000", null);
        fixture.through(lots.get(0), "RECEIVED", "1000", "900.000");
        fixture.through(lots.get(1), "RECEIVED", "1200.000", "1080.000");

        assertEquals(List.of(), rules(lots.get(0)), "10 % under the declared and shipped mass, exactly");
        assertEquals(List.of(), rules(lots.get(1)), "8 % over the declared, 10 % under the shipped mass, exactly");
    }

    @Test
    void aGramBeyondTheToleranceRaisesTheMassFlagsWithTheirEvidence() {
        List<CustodyFixture.Awarded> lots = fixture.awarded(2, "1000", null);
        CustodyFixture.Awarded both = lots.get(0);
        CustodyFixture.Awarded shipped = lots.get(1);
        fixture.through(both, "RECEIVED", "1000", "899.999");
        fixture.through(shipped, "RECEIVED", "1200.000", "1079.999");

        List<Map<String, Object>> flags = items(http.get("/api/v1/flags?lotId=" + both.lotId(), both.agency()));
        assertEquals(List.of("RECEIVED_VS_SHIPPED_MASS", "RECEIVED_VS_DECLARED_MASS"), rulesOf(flags), "newest first");
        assertEquals(Map.of("declaredKg", "1000.000", "receivedKg", "899.999", "deviation", "0.100001", "tolerance", "0.10"),
                flags.get(1).get("evidence"));
        assertEquals(Map.of("shippedKg", "1000.000", "receivedKg", "899.999", "deviation", "0.100001", "tolerance", "0.10"),
                flags.get(0).get("evidence"));
        assertEquals("OPEN", flags.get(0).get("status"));
        assertEquals("Custody region", flags.get(0).get("region"));
        assertEquals(List.of("RECEIVED_VS_SHIPPED_MASS"), rules(shipped), "79.999 kg over the declared is within 10 %");
        assertTrue(notified(both.agency(), both.lotId()) >= 2, "agencies hear of every new flag");
    }

    @Test
    void elementRulesAtTheirEdges() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED");

        Http.Reply report = fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "239.400", "Pr", "34.651", "Dy", "0", "La", "0.001", "Ce", "0"));

        assertEquals(201, report.status(), report.toString());
        List<Map<String, Object>> flags = items(http.get("/api/v1/flags?lotId=" + lot.lotId(), lot.seller()));
        assertEquals(List.of("ELEMENT_NOT_DECLARED", "ELEMENT_ABOVE_DECLARED"), rulesOf(flags),
                "Nd exactly at +5 % passes, Pr a gram above it does not, La undeclared, Ce undeclared but 0");
        assertEquals(Map.of("element", "Pr", "declaredKg", "33.000", "recoveredKg", "34.651", "excess", "1.651",
                "tolerance", "0.05"), flags.get(1).get("evidence"));
        assertEquals(Map.of("element", "La", "recoveredKg", "0.001"), flags.get(0).get("evidence"));
    }

    @Test
    void aStepByARecyclerWithoutAValidLicenceIsFlagged() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PICKED_UP");
        assertEquals(200, licences.decide(lot.licenceId(), "SUSPEND", "Inspection pending", lot.agency()).status());

        assertEquals(201, fixture.record(lot.lotId(), lot.winner(), CustodyFixture.delivered("CMR-" + lot.lotId())).status());

        List<Map<String, Object>> flags = items(http.get("/api/v1/flags?rule=LICENCE_NOT_VALID&lotId=" + lot.lotId(),
                lot.agency()));
        assertEquals(1, flags.size(), flags.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = (Map<String, Object>) flags.get(0).get("evidence");
        assertEquals("DELIVERED", evidence.get("step"));
        assertEquals(flags.get(0).get("recyclerOrganizationId").toString(), evidence.get("recyclerOrganizationId"));
    }

    @Test
    void listsAreScopedFilteredAndPaged() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "RECEIVED", "1200", "500");
        String strangerSeller = accounts.tokenFor("MANUFACTURER");

        assertEquals(2, items(http.get("/api/v1/flags?lotId=" + lot.lotId(), lot.seller())).size(), "the seller's lot");
        assertEquals(2, items(http.get("/api/v1/flags?lotId=" + lot.lotId(), lot.winner())).size(), "the winner's lot");
        assertEquals(0, items(http.get("/api/v1/flags?lotId=" + lot.lotId(), strangerSeller)).size(), "not theirs");
        assertEquals(403, http.get("/api/v1/flags", accounts.adminToken()).status(), "admins have no business here");
        assertEquals(401, http.get("/api/v1/flags", null).status());

        Http.Reply first = http.get("/api/v1/flags?limit=1&lotId=" + lot.lotId(), lot.agency());
        assertEquals(List.of("RECEIVED_VS_SHIPPED_MASS"), rulesOf(items(first)));
        String cursor = (String) first.json().get("nextCursor");
        assertNotNull(cursor);
        Http.Reply second = http.get("/api/v1/flags?limit=1&lotId=" + lot.lotId() + "&cursor=" + cursor, lot.agency());
        assertEquals(List.of("RECEIVED_VS_DECLARED_MASS"), rulesOf(items(second)));
        assertNull(second.json().get("nextCursor"));
        assertEquals(400, http.get("/api/v1/flags?cursor=not-ours", lot.agency()).status());
        assertEquals(List.of("RECEIVED_VS_DECLARED_MASS"), rulesOf(items(http.get(
                "/api/v1/flags?rule=RECEIVED_VS_DECLARED_MASS&status=OPEN&region=Custody%20region&lotId=" + lot.lotId(),
                lot.agency()))));
        assertEquals(0, items(http.get("/api/v1/flags?region=Elsewhere&lotId=" + lot.lotId(), lot.agency())).size());
    }

    @Test
    void anAgencyDecidesAFlagOnceWithANote() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "RECEIVED", "1000", "500");
        Map<String, Object> flag = items(http.get("/api/v1/flags?lotId=" + lot.lotId(), lot.agency())).get(0);
        String path = "/api/v1/flags/" + flag.get("id") + "/decision";

        assertEquals(403, http.post(path, Map.of("decision", "DISMISS", "note", "fine"), lot.winner()).status());
        Http.Reply blank = http.post(path, Map.of("decision", "DISMISS", "note", "   "), lot.agency());
        assertEquals(400, blank.status(), blank.toString());
        assertEquals(List.of("note"), blank.invalidParamNames());
        assertEquals(404, http.post("/api/v1/flags/999999999/decision", Map.of("decision", "CONFIRM", "note", "x"),
                lot.agency()).status());
        Http.Reply decided = http.post(path, Map.of("decision", "CONFIRM", "note", "Half the lot is missing."), lot.agency());
        assertEquals(200, decided.status(), decided.toString());
        assertEquals("CONFIRMED", decided.json().get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) decided.json().get("decision");
        assertEquals("CONFIRM", decision.get("decision"));
        assertEquals("Half the lot is missing.", decision.get("note"));
        assertEquals("Inspector", decision.get("decidedByName"));
        assertNotNull(decision.get("decidedAt"));
        Http.Reply again = http.post(path, Map.of("decision", "DISMISS", "note", "changed my mind"), lot.agency());
        assertEquals(409, again.status(), again.toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'flag' AND subject_id = ? "
                + "AND action = 'FLAG_CONFIRM'", flag.get("id")));
    }

    @Test
    void aLotStuckInCustodyIsFlaggedOnceHoweverManyChecksRunAtOnce() throws Exception {
        List<CustodyFixture.Awarded> lots = fixture.awarded(2, "1000", null);
        CustodyFixture.Awarded stuck = lots.get(0);
        CustodyFixture.Awarded recent = lots.get(1);
        Db.update("UPDATE lot SET awarded_at = awarded_at - INTERVAL 16 DAY WHERE id = ?", stuck.lotId());
        Db.update("UPDATE lot SET awarded_at = awarded_at - INTERVAL 14 DAY WHERE id = ?", recent.lotId());

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Integer> check = () -> {
                start.await();
                return flagService.raiseNotReceivedInTime();
            };
            runs.add(pool.submit(check));
        }
        start.countDown();
        int raised = 0;
        for (Future<Integer> run : runs) {
            raised += run.get();
        }
        pool.shutdown();

        assertTrue(raised <= 1, "raised " + raised + " times");
        assertEquals(List.of("NOT_RECEIVED_IN_TIME"), rules(stuck));
        assertEquals(List.of(), rules(recent), "14 days is within the 15 allowed");
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = (Map<String, Object>) items(http.get("/api/v1/flags?lotId=" + stuck.lotId(),
                stuck.agency())).get(0).get("evidence");
        assertEquals("15", evidence.get("days"));
        assertEquals("AWARDED", evidence.get("status"));
        assertEquals(0, flagService.raiseNotReceivedInTime(), "a later run raises nothing new");
        assertEquals(List.of("NOT_RECEIVED_IN_TIME"), rules(stuck));
    }

    private List<String> rules(CustodyFixture.Awarded lot) {
        return rulesOf(items(http.get("/api/v1/flags?lotId=" + lot.lotId(), lot.agency())));
    }

    private static List<String> rulesOf(List<Map<String, Object>> flags) {
        return flags.stream().map(f -> (String) f.get("rule")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    @SuppressWarnings("unchecked")
    private long notified(String token, long lotId) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications?limit=100", token)
                .json().get("items");
        return items.stream().filter(n -> "FLAG_RAISED".equals(n.get("type")) && n.get("lotId") != null
                && ((Number) n.get("lotId")).longValue() == lotId).count();
    }
}
