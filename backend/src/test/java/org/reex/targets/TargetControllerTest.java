package org.reex.targets;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Targets over HTTP on the real clock: progress recomputed from the lots the test certified, access, validation. */
@MicronautTest(transactional = false)
class TargetControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    TargetFigures figures;

    private static int thisYear() {
        return Instant.now().atZone(ZoneOffset.UTC).getYear();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> progress(Map<String, Object> target) {
        return (Map<String, Object>) target.get("progress");
    }

    @Test
    void progressEqualsTheLotsCertifiedThisYearInTheRegion() {
        String region = Accounts.unique("Ganzhou");
        Instant now = Instant.now();
        int year = thisYear();
        figures.add(now.minusSeconds(5), region, "Dy", "120.500", "80.250");
        figures.add(now.minusSeconds(4), region, "Dy", "10.000", "9.999");
        figures.add(now.minusSeconds(3), region, "Nd", "500.000", "400.000");
        figures.add(now.minusSeconds(2), Accounts.unique("Elsewhere"), "Dy", "70.000", "60.000");
        String agency = accounts.agencyToken();

        Http.Reply dy = http.post("/api/v1/targets", Map.of("year", year, "region", region, "element", "Dy",
                "targetRecoveredKg", "1000.5"), agency);
        assertEquals(201, dy.status(), dy.toString());
        Http.Reply all = http.post("/api/v1/targets", Map.of("year", year, "region", region,
                "targetRecoveryRate", "0.9"), agency);
        assertEquals(201, all.status(), all.toString());

        Map<String, Object> p = progress(dy.json());
        BigDecimal[] expected = figures.sums(year, region, "Dy", now);
        assertEquals("90.249", expected[0].toPlainString());
        assertEquals(expected[0].toPlainString(), p.get("achievedKg"));
        assertEquals(expected[1].toPlainString(), p.get("declaredKg"));
        assertEquals(expected[0].divide(expected[1], 6, RoundingMode.HALF_UP).toPlainString(), p.get("achievedRate"));
        BigDecimal goal = new BigDecimal("1000.500");
        assertEquals(expected[0].divide(goal, 6, RoundingMode.HALF_UP).toPlainString(), p.get("shareOfTarget"));
        // The straight line through the asOf the server used.
        BigDecimal elapsed = Progress.monthsElapsed(year, Instant.parse((String) p.get("asOf")));
        assertEquals(expected[0].multiply(BigDecimal.valueOf(12)).divide(elapsed, MathContext.DECIMAL128)
                .setScale(3, RoundingMode.HALF_UP).toPlainString(), p.get("projectedKg"));
        assertEquals(goal.subtract(expected[0]).divide(BigDecimal.valueOf(12).subtract(elapsed), MathContext.DECIMAL128)
                .setScale(3, RoundingMode.HALF_UP).toPlainString(), p.get("neededKgPerMonth"));

        Map<String, Object> q = progress(all.json());
        BigDecimal[] allElements = figures.sums(year, region, null, now);
        assertEquals(allElements[0].toPlainString(), q.get("achievedKg"));
        assertEquals(allElements[1].toPlainString(), q.get("declaredKg"));
        assertEquals(null, q.get("shareOfTarget"), "no kg target, no share of it");
        assertEquals(null, all.json().get("element"));
        assertEquals("0.900000", all.json().get("targetRecoveryRate"));

        List<Map<String, Object>> listed = items(http.get("/api/v1/targets?region=" + region, agency));
        assertEquals(2, listed.size());
        assertEquals(List.of(dy.json().get("id")), items(http.get("/api/v1/targets?element=Dy&region=" + region, agency))
                .stream().map(t -> t.get("id")).toList());
        assertEquals(List.of(all.json().get("id")), items(http.get("/api/v1/targets?element=ALL&region=" + region, agency))
                .stream().map(t -> t.get("id")).toList());
    }

    @Test
    void recyclersAndManufacturersReadNationwideTargetsAndTheirOwnRegionsOnly() {
        String agency = accounts.agencyToken();
        String region = Accounts.unique("Baotou");
        String other = Accounts.unique("Jiangxi");
        int year = 2001;
        Http.Reply nationwide = http.post("/api/v1/targets", Map.of("year", year, "element", "Tb",
                "targetRecoveredKg", "10"), agency);
        assertEquals(201, nationwide.status(), nationwide.toString());
        assertEquals(null, nationwide.json().get("region"));
        Object own = http.post("/api/v1/targets", Map.of("year", year, "region", region, "targetRecoveredKg", "10"), agency)
                .json().get("id");
        Object foreign = http.post("/api/v1/targets", Map.of("year", year, "region", other, "targetRecoveredKg", "10"), agency)
                .json().get("id");
        try {
            String recycler = accounts.recyclerAt(region, 40.6, 109.8);
            List<Object> seen = ids(http.get("/api/v1/targets?year=" + year, recycler));
            assertTrue(seen.contains(own), seen.toString());
            assertTrue(seen.contains(nationwide.json().get("id")), seen.toString());
            assertFalse(seen.contains(foreign), seen.toString());
            assertEquals(List.of(nationwide.json().get("id")),
                    ids(http.get("/api/v1/targets?year=" + year + "&region=NATIONWIDE&element=Tb", recycler)));

            Map<String, Object> maker = accounts.registration("MANUFACTURER");
            maker.put("region", other);
            String manufacturer = (String) http.post("/api/v1/auth/register", maker, null).json().get("accessToken");
            List<Object> makerSees = ids(http.get("/api/v1/targets?year=" + year, manufacturer));
            assertTrue(makerSees.contains(foreign));
            assertFalse(makerSees.contains(own));

            List<Object> agencySees = ids(http.get("/api/v1/targets?year=" + year, agency));
            assertTrue(agencySees.containsAll(List.of(own, foreign, nationwide.json().get("id"))));

            // Only agencies write.
            Map<String, Object> body = Map.of("year", year, "region", region, "element", "Dy", "targetRecoveredKg", "1");
            assertEquals(403, http.post("/api/v1/targets", body, recycler).status());
            assertEquals(403, http.post("/api/v1/targets", body, manufacturer).status());
            assertEquals(403, http.put("/api/v1/targets/" + own, Map.of("version", 1, "targetRecoveredKg", "2"), recycler).status());
            assertEquals(403, http.send("DELETE", "/api/v1/targets/" + own, null, null, manufacturer).status());
            assertEquals(403, http.get("/api/v1/targets", accounts.adminToken()).status());
            assertEquals(401, http.get("/api/v1/targets", null).status());
            assertEquals(401, http.post("/api/v1/targets", body, null).status());
        } finally {
            for (Object id : List.of(nationwide.json().get("id"), own, foreign)) {
                assertEquals(204, http.send("DELETE", "/api/v1/targets/" + id, null, null, agency).status());
            }
        }
        assertEquals(404, http.send("DELETE", "/api/v1/targets/" + own, null, null, agency).status());
    }

    @Test
    void anAgencyChangesATargetWithItsVersion() {
        String agency = accounts.agencyToken();
        String region = Accounts.unique("Sichuan");
        Map<String, Object> created = http.post("/api/v1/targets", Map.of("year", 2030, "region", region, "element", "Nd",
                "targetRecoveredKg", "100"), agency).json();
        assertEquals(1, ((Number) created.get("version")).intValue());
        Http.Reply changed = http.put("/api/v1/targets/" + created.get("id"), Map.of("version", 1,
                "targetRecoveredKg", "250.125", "targetRecoveryRate", "0.75"), agency);
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("250.125", changed.json().get("targetRecoveredKg"));
        assertEquals("0.750000", changed.json().get("targetRecoveryRate"));
        assertEquals(2, ((Number) changed.json().get("version")).intValue());

        Http.Reply stale = http.put("/api/v1/targets/" + created.get("id"), Map.of("version", 1, "targetRecoveredKg", "1"), agency);
        assertEquals(409, stale.status(), stale.toString());
        Http.Reply twice = http.post("/api/v1/targets", Map.of("year", 2030, "region", region, "element", "Nd",
                "targetRecoveredKg", "5"), agency);
        assertEquals(409, twice.status(), twice.toString());
        assertEquals(404, http.put("/api/v1/targets/999999999", Map.of("version", 1, "targetRecoveredKg", "1"), agency).status());
    }

    @Test
    void invalidTargetsAreRefusedNamingTheirFields() {
        String agency = accounts.agencyToken();
        String region = Accounts.unique("Inner Mongolia");
        assertEquals(List.of("year"), invalid(Map.of("year", 1999, "region", region, "targetRecoveredKg", "1"), agency));
        assertEquals(List.of("year"), invalid(Map.of("year", 2101, "region", region, "targetRecoveredKg", "1"), agency));
        assertEquals(List.of("targetRecoveryRate"), invalid(Map.of("year", 2040, "region", region, "targetRecoveryRate", "1.5"), agency));
        assertEquals(List.of("targetRecoveryRate"), invalid(Map.of("year", 2040, "region", region, "targetRecoveryRate", "-0.1"), agency));
        assertEquals(List.of("targetRecoveredKg"), invalid(Map.of("year", 2040, "region", region, "targetRecoveredKg", "0"), agency));
        assertEquals(List.of("targetRecoveredKg"), invalid(Map.of("year", 2040, "region", region, "targetRecoveredKg", "1.0001"), agency));
        assertEquals(List.of("targetRecoveredKg", "targetRecoveryRate"), invalid(Map.of("year", 2040, "region", region), agency));
        assertEquals(List.of("element"), invalid(Map.of("year", 2040, "region", region, "element", "Fe",
                "targetRecoveredKg", "1"), agency));
        Map<String, Object> noYear = new HashMap<>(Map.of("region", region, "targetRecoveredKg", "1"));
        Http.Reply missing = http.post("/api/v1/targets", noYear, agency);
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.invalidParamNames().stream().anyMatch(n -> n.contains("year")), missing.toString());
        // The edges are allowed.
        assertEquals(201, http.post("/api/v1/targets", Map.of("year", 2000, "region", region, "targetRecoveryRate", "0"), agency).status());
        assertEquals(201, http.post("/api/v1/targets", Map.of("year", 2100, "region", region, "targetRecoveryRate", "1"), agency).status());
    }

    private List<String> invalid(Map<String, Object> body, String token) {
        Http.Reply reply = http.post("/api/v1/targets", body, token);
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        return reply.invalidParamNames().stream().distinct().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    private static List<Object> ids(Http.Reply reply) {
        return items(reply).stream().map(t -> t.get("id")).toList();
    }
}
