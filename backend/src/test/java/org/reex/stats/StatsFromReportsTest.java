package org.reex.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole way: 20 lots awarded, handed over and reported through the API; /stats/recovery must then show, to
 * the gram, the declared kg this test works out from the lots' composition and the recovered kg it sent,
 * for the agency (filtered to the recycler) and for the recycler itself.
 */
@MicronautTest(transactional = false)
class StatsFromReportsTest {

    private static final int LOTS = 20;
    private static final String GROSS = "987.654";
    /** The fractions of Lots.ndfeb, the composition CustodyFixture's lots carry. */
    private static final Map<String, String> FRACTIONS = Map.of("Nd", "0.228", "Pr", "0.033", "Dy", "0.012");

    @Inject
    Http http;

    @Inject
    CustodyFixture fixture;

    @Test
    @SuppressWarnings("unchecked")
    void acceptedReportsShowInTheStatisticsToTheGram() {
        YearMonth first = YearMonth.now(ZoneOffset.UTC);
        List<CustodyFixture.Awarded> lots = fixture.awarded(LOTS, GROSS, null);
        Random random = new Random(42);
        Map<String, BigDecimal> declared = new LinkedHashMap<>();
        Map<String, BigDecimal> recovered = new LinkedHashMap<>();
        for (CustodyFixture.Awarded lot : lots) {
            fixture.through(lot, "PROCESSED", GROSS, GROSS);
            List<String> lines = new ArrayList<>();
            for (String element : List.of("Nd", "Pr", "Dy")) {
                BigDecimal declaredKg = new BigDecimal(GROSS).multiply(new BigDecimal(FRACTIONS.get(element)))
                        .setScale(3, RoundingMode.HALF_UP);
                BigDecimal kg = BigDecimal.valueOf(random.nextInt(declaredKg.movePointRight(3).intValue() + 1), 3);
                declared.merge(element, declaredKg, BigDecimal::add);
                recovered.merge(element, kg, BigDecimal::add);
                lines.add(element);
                lines.add(kg.toPlainString());
            }
            Http.Reply reply = fixture.submitReport(lot.lotId(), lot.winner(), CustodyFixture.report(lines.toArray(String[]::new)));
            assertEquals(201, reply.status(), reply.toString());
        }
        YearMonth last = YearMonth.now(ZoneOffset.UTC);

        CustodyFixture.Awarded any = lots.get(0);
        long recyclerId = ((Number) ((Map<String, Object>) http.get("/api/v1/me", any.winner()).json().get("organization"))
                .get("id")).longValue();
        String period = "/api/v1/stats/recovery?from=" + first + "&to=" + last + "&groupBy=element";
        for (Map.Entry<String, String> view : Map.of(period + "&recyclerId=" + recyclerId, any.agency(),
                period, any.winner()).entrySet()) {
            Http.Reply reply = http.get(view.getKey(), view.getValue());
            assertEquals(200, reply.status(), reply.toString());
            List<Map<String, Object>> rows = (List<Map<String, Object>>) reply.json().get("rows");
            // Elements by atomic number: Pr (59), Nd (60), Dy (66).
            assertEquals(List.of("Pr", "Nd", "Dy"), rows.stream().map(r -> r.get("element")).toList(), view.getKey());
            BigDecimal totalDeclared = BigDecimal.ZERO;
            BigDecimal totalRecovered = BigDecimal.ZERO;
            for (Map<String, Object> row : rows) {
                String element = (String) row.get("element");
                assertEquals(declared.get(element).toPlainString(), row.get("declaredKg"), element);
                assertEquals(recovered.get(element).toPlainString(), row.get("recoveredKg"), element);
                assertEquals(recovered.get(element).divide(declared.get(element), 6, RoundingMode.HALF_UP).toPlainString(),
                        row.get("recoveryRate"), element);
                assertEquals(LOTS, ((Number) row.get("lots")).intValue());
                totalDeclared = totalDeclared.add(declared.get(element));
                totalRecovered = totalRecovered.add(recovered.get(element));
            }
            Map<String, Object> totals = (Map<String, Object>) reply.json().get("totals");
            assertEquals(totalDeclared.toPlainString(), totals.get("declaredKg"));
            assertEquals(totalRecovered.toPlainString(), totals.get("recoveredKg"));
            assertEquals(LOTS, ((Number) totals.get("lots")).intValue());
        }
    }
}
