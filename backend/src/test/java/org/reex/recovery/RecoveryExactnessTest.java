package org.reex.recovery;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.custody.Db;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A couple of hundred reports through the API with awkward figures (odd grams, masses that round half-up when
 * declared); what is stored must be exactly what was sent, to the gram, and every lot certified with its own code.
 */
@MicronautTest(transactional = false)
class RecoveryExactnessTest {

    private static final int LOTS = 200;

    @Inject
    Http http;

    @Inject
    CustodyFixture fixture;

    @Test
    void everyReportIsStoredToTheGramAndCertified() throws Exception {
        Random random = new Random(8);
        String gross = "1234.567";
        List<CustodyFixture.Awarded> lots = fixture.awarded(LOTS, gross, null);
        // Declared kg from the lot's composition, computed here on our own: 1234.567 × fraction, half-up to the gram.
        Map<String, BigDecimal> declared = Map.of("Nd", new BigDecimal("281.481"), "Pr", new BigDecimal("40.741"),
                "Dy", new BigDecimal("14.815"));
        Map<String, BigDecimal> sent = new TreeMap<>();
        Map<Long, BigDecimal> sentPerLot = new LinkedHashMap<>();
        Map<Long, List<String>> figuresPerLot = new LinkedHashMap<>();
        for (CustodyFixture.Awarded lot : lots) {
            List<String> figures = new ArrayList<>();
            BigDecimal lotTotal = BigDecimal.ZERO;
            for (String element : List.of("Nd", "Pr", "Dy")) {
                BigDecimal kg = BigDecimal.valueOf(random.nextInt(declared.get(element).movePointRight(3).intValue() + 1), 3);
                figures.add(element);
                figures.add(kg.toPlainString());
                sent.merge(element, kg, BigDecimal::add);
                lotTotal = lotTotal.add(kg);
            }
            figuresPerLot.put(lot.lotId(), figures);
            sentPerLot.put(lot.lotId(), lotTotal);
        }
        // Four clients at once: the reports' transactions meet on the same rollup rows.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Map<String, Object>>> replies = new ArrayList<>();
        for (CustodyFixture.Awarded lot : lots) {
            replies.add(pool.submit(() -> {
                fixture.through(lot, "PROCESSED", gross, gross);
                Http.Reply reply = fixture.submitReport(lot.lotId(), lot.winner(),
                        CustodyFixture.report(figuresPerLot.get(lot.lotId()).toArray(String[]::new)));
                assertEquals(201, reply.status(), reply.toString());
                return reply.json();
            }));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            Map<String, Object> report = replies.get(i).get();
            assertEquals(sentPerLot.get(lots.get(i).lotId()).toPlainString(), report.get("totalRecoveredKg"));
            assertEquals("337.037", report.get("totalDeclaredKg"));
            codes.add((String) report.get("certificateCode"));
        }
        pool.shutdown();

        assertEquals(LOTS, codes.size(), "every lot has a certificate code of its own");
        List<Long> ids = lots.stream().map(CustodyFixture.Awarded::lotId).toList();
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        for (Map<String, Object> row : Db.rows("SELECT l.element, SUM(l.recovered_kg) AS recovered, SUM(l.declared_kg) AS declared, "
                + "COUNT(*) AS n FROM recovery_line l JOIN recovery_report r ON r.id = l.report_id WHERE r.lot_id IN (" + in
                + ") GROUP BY l.element")) {
            String element = (String) row.get("element");
            assertEquals(0, sent.get(element).compareTo((BigDecimal) row.get("recovered")), element + " recovered, to the gram");
            assertEquals(0, declared.get(element).multiply(BigDecimal.valueOf(LOTS)).compareTo((BigDecimal) row.get("declared")),
                    element + " declared");
            assertEquals(LOTS, ((Number) row.get("n")).intValue());
        }
        for (Map<String, Object> row : Db.rows("SELECT lot_id, total_recovered_kg FROM recovery_report WHERE lot_id IN (" + in + ")")) {
            long lotId = ((Number) row.get("lot_id")).longValue();
            assertEquals(0, sentPerLot.get(lotId).compareTo((BigDecimal) row.get("total_recovered_kg")), "lot " + lotId);
        }
        assertEquals(LOTS, Db.count("SELECT COUNT(*) FROM lot WHERE status = 'CERTIFIED' AND certificate_code IS NOT NULL "
                + "AND id IN (" + in + ")"));
        assertEquals(LOTS, Db.count("SELECT COUNT(DISTINCT lot_id) FROM certificate WHERE lot_id IN (" + in + ")"));
        assertTrue(Db.count("SELECT COUNT(*) FROM flag WHERE lot_id IN (" + in + ")") == 0, "nothing above what was declared");
    }
}
