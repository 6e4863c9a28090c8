package org.reex.targets;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The projection on a fixed clock: 2093-04-16T00:00Z is 3.5 months into 2093 (three whole months and 15 of
 * April's 30 days), so 70 kg achieved projects to 70 / 3.5 × 12 = 240 kg, and a 300 kg target needs
 * (300 − 70) / 8.5 kg a month from now on.
 */
@MicronautTest(transactional = false)
@Property(name = "reex.test.fixed-clock", value = "2093-04-16T00:00:00Z")
class TargetProjectionTest {

    private static final Instant NOW = Instant.parse("2093-04-16T00:00:00Z");

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    TargetFigures figures;

    @Test
    void progressAndProjectionOnAFixedClock() {
        String region = Accounts.unique("Projection");
        figures.add(Instant.parse("2093-01-10T08:00:00Z"), region, "Dy", "100.000", "40.000");
        figures.add(Instant.parse("2093-04-15T23:59:59Z"), region, "Dy", "50.000", "30.000");
        figures.add(Instant.parse("2093-02-01T00:00:00Z"), region, "Tb", "80.000", "60.000");
        figures.add(Instant.parse("2092-12-31T23:59:59Z"), region, "Dy", "10.000", "9.000");
        String agency = accounts.agencyToken();

        Map<String, Object> body = new HashMap<>(Map.of("year", 2093, "region", region, "element", "Dy",
                "targetRecoveredKg", "300", "targetRecoveryRate", "0.5"));
        Http.Reply created = http.post("/api/v1/targets", body, agency);
        assertEquals(201, created.status(), created.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> progress = (Map<String, Object>) created.json().get("progress");

        BigDecimal[] expected = figures.sums(2093, region, "Dy", NOW);
        assertEquals(new BigDecimal("70.000"), expected[0]);
        assertEquals(expected[0].toPlainString(), progress.get("achievedKg"));
        assertEquals(expected[1].toPlainString(), progress.get("declaredKg"));
        assertEquals("0.466667", progress.get("achievedRate"));
        assertEquals("0.233333", progress.get("shareOfTarget"));
        assertEquals("3.500000", progress.get("monthsElapsed"));
        assertEquals("8.500000", progress.get("monthsRemaining"));
        assertEquals("240.000", progress.get("projectedKg"));
        assertEquals("0.800000", progress.get("projectedShareOfTarget"));
        assertEquals("27.059", progress.get("neededKgPerMonth"), "230 / 8.5 = 27.0588…");
        assertEquals("2093-04-16T00:00:00Z", progress.get("asOf"));

        // A year not started yet has nothing achieved and no projection; a year over needs no pace.
        Http.Reply future = http.post("/api/v1/targets", Map.of("year", 2094, "region", region, "targetRecoveredKg", "5"), agency);
        @SuppressWarnings("unchecked")
        Map<String, Object> futureProgress = (Map<String, Object>) future.json().get("progress");
        assertEquals("0.000", futureProgress.get("achievedKg"));
        assertEquals(null, futureProgress.get("projectedKg"));
        assertEquals("0.417", futureProgress.get("neededKgPerMonth"));
        Http.Reply past = http.post("/api/v1/targets", Map.of("year", 2092, "region", region, "element", "Dy",
                "targetRecoveredKg", "5"), agency);
        @SuppressWarnings("unchecked")
        Map<String, Object> pastProgress = (Map<String, Object>) past.json().get("progress");
        assertEquals("9.000", pastProgress.get("achievedKg"));
        assertEquals("9.000", pastProgress.get("projectedKg"));
        assertEquals(null, pastProgress.get("neededKgPerMonth"));
    }

    @Test
    void monthsElapsedCountsTheCurrentMonthFractionally() {
        assertEquals(0, Progress.monthsElapsed(2093, Instant.parse("2093-01-01T00:00:00Z")).signum());
        assertEquals(0, new BigDecimal("1.5").compareTo(Progress.monthsElapsed(2093, Instant.parse("2093-02-15T00:00:00Z"))),
                "February 2093 has 28 days");
        assertEquals(0, new BigDecimal("12").compareTo(Progress.monthsElapsed(2093, Instant.parse("2094-01-01T00:00:00Z"))));
        assertEquals(0, Progress.monthsElapsed(2093, Instant.parse("2092-12-31T23:59:59Z")).signum());
    }
}
