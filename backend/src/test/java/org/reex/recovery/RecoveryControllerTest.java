package org.reex.recovery;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.custody.Db;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RecoveryControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    CustodyFixture fixture;

    @Test
    void theWinnerReportsOnceAfterProcessingAndTheLotIsCertified() {
        List<CustodyFixture.Awarded> two = fixture.awarded(2, "1000", null);
        CustodyFixture.Awarded lot = two.get(0);
        CustodyFixture.Awarded early = two.get(1);
        fixture.through(lot, "PROCESSED", "1000", "990.5");
        fixture.through(early, "RECEIVED");
        String stranger = accounts.tokenFor("RECYCLER");
        Map<String, Object> body = CustodyFixture.report("Nd", "200.125", "Pr", "30.5", "Dy", "0");

        assertProblem(403, fixture.submitReport(lot.lotId(), lot.seller(), body), "the seller does not report");
        assertProblem(403, fixture.submitReport(lot.lotId(), stranger, body), "nor a stranger");
        assertProblem(403, fixture.submitReport(lot.lotId(), lot.agency(), body), "nor an agency");
        assertProblem(409, fixture.submitReport(early.lotId(), early.winner(), body), "not PROCESSED yet");
        assertProblem(404, fixture.submitReport(999999999L, lot.winner(), body), "no such lot");
        assertProblem(404, http.get("/api/v1/lots/" + lot.lotId() + "/recovery-report", lot.seller()), "no report yet");

        Http.Reply accepted = fixture.submitReport(lot.lotId(), lot.winner(), body);
        assertEquals(201, accepted.status(), accepted.toString());
        Map<String, Object> report = accepted.json();
        String code = (String) report.get("certificateCode");
        assertNotNull(code);
        assertEquals("1000.000", report.get("declaredGrossKg"));
        assertEquals("990.500", report.get("receivedKg"));
        assertEquals("273.000", report.get("totalDeclaredKg"));
        assertEquals("230.625", report.get("totalRecoveredKg"));
        assertEquals("0.844780", report.get("recoveryRate"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) report.get("lines");
        assertEquals(List.of("Nd", "Pr", "Dy"), lines.stream().map(l -> l.get("element")).toList());
        assertEquals(List.of("228.000", "33.000", "12.000"), lines.stream().map(l -> l.get("declaredKg")).toList());
        assertEquals(List.of("200.125", "30.500", "0.000"), lines.stream().map(l -> l.get("recoveredKg")).toList());
        assertEquals(List.of("0.877741", "0.924242", "0.000000"), lines.stream().map(l -> l.get("recoveryRate")).toList());
        assertEquals("99.500", lines.get(0).get("purityPercent"));

        assertProblem(409, fixture.submitReport(lot.lotId(), lot.winner(), body), "once");
        Map<String, Object> seen = http.get("/api/v1/lots/" + lot.lotId(), lot.seller()).json();
        assertEquals("CERTIFIED", seen.get("status"));
        assertEquals(code, seen.get("certificateCode"));
        assertEquals(report, http.get("/api/v1/lots/" + lot.lotId() + "/recovery-report", lot.agency()).json());
        assertEquals(report, http.get("/api/v1/lots/" + lot.lotId() + "/recovery-report", lot.seller()).json());
        assertProblem(403, http.get("/api/v1/lots/" + lot.lotId() + "/recovery-report", stranger), "private");
        assertEquals(code, http.get("/api/v1/lots/" + lot.lotId() + "/custody", lot.winner()).json().get("certificateCode"));
        assertTrue(notificationTypes(lot.seller(), lot.lotId()).contains("CERTIFICATE_ISSUED"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM flag WHERE lot_id = ?", lot.lotId()), "nothing was off");

        Http.Reply certificate = http.get("/api/v1/certificates/" + code, null);
        assertEquals(200, certificate.status(), certificate.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> chain = (Map<String, Object>) certificate.json().get("chain");
        assertEquals(true, chain.get("valid"), "the certificate page checks the custody chain: " + chain);
        assertEquals(4, ((Number) chain.get("eventCount")).intValue());
    }

    @Test
    void everyRuleNamesItsField() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED", "1000", "300");

        assertInvalid(fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "1", "Pr", "1", "Dy", "1", "Xx", "1")), "lines[3].element");
        assertInvalid(fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "1", "Pr", "1", "Dy", "1", "nd", "1")), "lines[3].element");
        assertInvalid(fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "-0.001", "Pr", "1.0001", "Dy", "abc")),
                "lines[0].recoveredKg", "lines[1].recoveredKg", "lines[2].recoveredKg");
        assertInvalid(fixture.submitReport(lot.lotId(), lot.winner(), CustodyFixture.report("Nd", "1", "Pr", "1")), "lines");
        assertInvalid(fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "250", "Pr", "40", "Dy", "10.001")), "lines");
        Map<String, Object> purity = CustodyFixture.report("Nd", "1", "Pr", "1", "Dy", "1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) purity.get("lines");
        lines.get(1).put("purityPercent", "100.001");
        lines.get(2).put("purityPercent", "-1");
        assertInvalid(fixture.submitReport(lot.lotId(), lot.winner(), purity), "lines[1].purityPercent", "lines[2].purityPercent");
        Map<String, Object> empty = CustodyFixture.report();
        assertEquals(400, fixture.submitReport(lot.lotId(), lot.winner(), empty).status(), "at least one line");

        Http.Reply exact = fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "250", "Pr", "40", "dy", "10"));
        assertEquals(201, exact.status(), "exactly the received mass is fine, symbols in any case: " + exact);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM recovery_report WHERE lot_id = ? AND total_recovered_kg = 300",
                lot.lotId()));
    }

    @SuppressWarnings("unchecked")
    private List<String> notificationTypes(String token, long lotId) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications?limit=100", token)
                .json().get("items");
        return items.stream().filter(n -> n.get("lotId") != null && ((Number) n.get("lotId")).longValue() == lotId)
                .map(n -> (String) n.get("type")).toList();
    }

    static void assertProblem(int status, Http.Reply reply, String why) {
        assertEquals(status, reply.status(), why + ": " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), why + ": " + reply.contentType());
    }

    static void assertInvalid(Http.Reply reply, String... fields) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(Set.of(fields), Set.copyOf(reply.invalidParamNames()), reply.toString());
    }
}
