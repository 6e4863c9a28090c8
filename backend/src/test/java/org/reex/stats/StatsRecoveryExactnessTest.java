package org.reex.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 360 certified lots (random, seeded) go into the rollups the way report acceptance puts them; the route's answers
 * over HTTP must equal, to the gram and the last digit of the rate, what this test works out itself from the lots
 * it sent, for many groupings and filters on both bases, and the CSV must carry the same figures.
 * The lots lie in 2001-2003, months no other test uses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsRecoveryExactnessTest {

    private static final String[] CATEGORIES = {"NDFEB_MAGNET", "NIMH_BATTERY", "FLUORESCENT_LAMP", "FCC_CATALYST"};
    private static final String[] REGIONS = {"Ganzhou", "Baotou", "江西省", "Inner Mongolia"};
    private static final Map<String, List<String>> TYPICAL = Map.of(
            "NDFEB_MAGNET", List.of("Nd", "Pr", "Dy", "Tb", "Gd", "Ho"),
            "NIMH_BATTERY", List.of("La", "Ce", "Nd", "Pr", "Sm"),
            "FLUORESCENT_LAMP", List.of("Y", "Eu", "Tb", "La", "Ce", "Gd"),
            "FCC_CATALYST", List.of("La", "Ce", "Nd", "Pr"));

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    StatsOrgs orgs;

    @Inject
    RollupFixture fixture;

    private String agency;
    private final List<StatsOrgs.Org> recyclers = new ArrayList<>();
    private final List<StatsOrgs.Org> sellers = new ArrayList<>();
    private final List<CertifiedLot> lots = new ArrayList<>();
    private StatsExpected expected;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void certifyLots() {
        agency = accounts.agencyToken();
        recyclers.add(orgs.register("RECYCLER", "赣州稀土回收有限公司"));
        recyclers.add(orgs.register("RECYCLER", "Baotou Green Metals"));
        recyclers.add(orgs.register("RECYCLER", "江西钨稀土再生"));
        for (String name : List.of("宁波磁材厂", "Shenzhen Motors", "Foshan Lighting", "上海催化剂", "Tianjin Cells")) {
            sellers.add(orgs.register("MANUFACTURER", name));
        }
        Random random = new Random(9_2026);
        long firstId = RecoveryRollupsTest.LOT_IDS.addAndGet(1000) - 999;
        for (int i = 0; i < 360; i++) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            List<CertifiedLot.ElementMass> masses = new ArrayList<>();
            for (String element : TYPICAL.get(category)) {
                int kind = random.nextInt(10);
                BigDecimal declared = BigDecimal.valueOf(random.nextLong(1, 2_000_000_000L), 3);
                BigDecimal recovered = declared.multiply(BigDecimal.valueOf(random.nextInt(1200), 3))
                        .setScale(3, java.math.RoundingMode.DOWN);
                if (kind == 0) {
                    continue;                                   // not in this lot at all
                } else if (kind == 1) {
                    declared = new BigDecimal("0.000");         // recovered without being declared
                } else if (kind == 2) {
                    recovered = new BigDecimal("0.000");        // declared, nothing recovered
                } else if (kind == 3) {
                    declared = new BigDecimal("0.000");         // in the report with nothing at all
                    recovered = new BigDecimal("0.000");
                }
                masses.add(new CertifiedLot.ElementMass(element, declared, recovered));
            }
            LocalDateTime at = LocalDateTime.of(2001 + random.nextInt(3), 1 + random.nextInt(12), 1, 0, 0)
                    .plusSeconds(random.nextInt(28 * 24 * 3600));
            if (i % 37 == 0) {
                at = at.withDayOfMonth(1).plusMonths(1).minusNanos(1000); // the last microsecond of a month
            }
            lots.add(new CertifiedLot(firstId + i, at.toInstant(ZoneOffset.UTC), category,
                    REGIONS[random.nextInt(REGIONS.length)], recyclers.get(random.nextInt(recyclers.size())).id(),
                    sellers.get(random.nextInt(sellers.size())).id(), masses));
        }
        for (int i = 0; i < lots.size(); i += 60) {
            fixture.addAll(lots.subList(i, Math.min(lots.size(), i + 60)));
        }

        Map<String, BigDecimal> factors = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> e : http.get("/api/v1/reference/elements", agency).jsonList()) {
            factors.put((String) e.get("symbol"), new BigDecimal((String) e.get("metalToOxideFactor")));
            names.put((String) e.get("symbol"), (String) e.get("name"));
        }
        Map<Long, String> orgNames = new HashMap<>();
        recyclers.forEach(o -> orgNames.put(o.id(), o.name()));
        sellers.forEach(o -> orgNames.put(o.id(), o.name()));
        expected = new StatsExpected(factors, names, orgNames);
    }

    private StatsExpected.Question q(String from, String to, List<String> groupBy, boolean oxide, Set<String> elements,
                                     String region, String category, Long recyclerId, Long sellerId) {
        return new StatsExpected.Question(from, to, groupBy, oxide, elements, region, category, recyclerId, sellerId);
    }

    private static String query(StatsExpected.Question q) {
        StringBuilder s = new StringBuilder("/api/v1/stats/recovery?from=" + q.from() + "&to=" + q.to());
        if (!q.groupBy().isEmpty()) {
            s.append("&groupBy=").append(String.join(",", q.groupBy()));
        }
        s.append("&basis=").append(q.oxide() ? "OXIDE" : "METAL");
        q.elements().stream().sorted().forEach(e -> s.append("&element=").append(e));
        if (q.region() != null) {
            s.append("&region=").append(URLEncoder.encode(q.region(), StandardCharsets.UTF_8));
        }
        if (q.category() != null) {
            s.append("&category=").append(q.category());
        }
        if (q.recyclerId() != null) {
            s.append("&recyclerId=").append(q.recyclerId());
        }
        if (q.sellerId() != null) {
            s.append("&sellerId=").append(q.sellerId());
        }
        return s.toString();
    }

    private List<StatsExpected.Question> questions() {
        long recycler = recyclers.get(0).id();
        long seller = sellers.get(1).id();
        List<StatsExpected.Question> list = new ArrayList<>();
        for (boolean oxide : new boolean[]{false, true}) {
            list.add(q("2001-01", "2003-12", List.of("element", "month"), oxide, Set.of(), null, null, null, null));
            list.add(q("2001-01", "2003-12", List.of("region", "category"), oxide, Set.of("Dy", "Tb"), null, null, null, null));
            list.add(q("2001-04", "2002-09", List.of("recycler", "quarter"), oxide, Set.of("Nd"), null, null, null, null));
            list.add(q("2001-01", "2003-12", List.of("year", "seller"), oxide, Set.of(), null, "NDFEB_MAGNET", null, null));
            list.add(q("2001-01", "2003-12", List.of("category"), oxide, Set.of(), "江西省", null, recycler, null));
            list.add(q("2002-01", "2003-06", List.of("element", "region", "category", "recycler", "seller", "month"), oxide,
                    Set.of(), null, null, null, null));
            list.add(q("2001-01", "2003-12", List.of(), oxide, Set.of(), null, null, null, seller));
            list.add(q("2002-02", "2002-11", List.of("month", "quarter", "year"), oxide, Set.of("La", "Ce", "Y"), null, null,
                    null, null));
            list.add(q("2001-01", "2003-12", List.of("element", "seller"), oxide, Set.of("Eu", "Sm", "Pr"), "Baotou",
                    null, null, null));
            list.add(q("2001-01", "2003-12", List.of("recycler"), oxide, Set.of(), null, "FCC_CATALYST", null, seller));
        }
        return list;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyGroupingAndFilterMatchesTheTestsOwnFiguresOnBothBases() {
        int compared = 0;
        for (StatsExpected.Question question : questions()) {
            List<Map<String, Object>> want = expected.answer(lots, question);
            Http.Reply reply = http.get(query(question), agency);
            assertEquals(200, reply.status(), query(question) + " -> " + reply);
            Map<String, Object> body = reply.json();
            List<Map<String, Object>> got = new ArrayList<>(rows(body.get("rows")));
            got.add(normalized((Map<String, Object>) body.get("totals")));
            assertEquals(want.stream().map(StatsRecoveryExactnessTest::normalized).toList(), got, query(question));
            assertEquals(question.oxide() ? "OXIDE" : "METAL", body.get("basis"));
            assertEquals(question.groupBy(), body.get("groupBy"));
            compared += got.size();
        }
        assertTrue(compared > 1500, "compared only " + compared + " rows");
    }

    @Test
    void theGroupingsAreNotTrivial() {
        // Guards the data set itself: oxide differs from metal, some groups have no declared kg, filters bite.
        List<Map<String, Object>> metal = expected.answer(lots, questions().get(0));
        List<Map<String, Object>> oxide = expected.answer(lots, questions().get(10));
        assertTrue(!metal.get(metal.size() - 1).get("recoveredKg").equals(oxide.get(oxide.size() - 1).get("recoveredKg")));
        assertTrue(metal.size() > 300);
        assertTrue(expected.answer(lots, questions().get(5)).stream().anyMatch(r -> !r.containsKey("recoveryRate")));
    }

    @Test
    void theCsvCarriesTheSameRowsAndTotals() throws IOException {
        StatsExpected.Question question = q("2001-01", "2003-12", List.of("recycler", "element"), true, Set.of("Nd", "Dy", "Tb"),
                null, null, null, null);
        List<Map<String, Object>> want = expected.answer(lots, question);
        HttpResponse<byte[]> response = csv(http, query(question), agency);
        assertEquals(200, response.statusCode());
        assertEquals("text/csv; charset=UTF-8", response.headers().firstValue("Content-Type").orElse(""));
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("赣州稀土回收有限公司"), "Chinese names are intact");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertEquals(List.of("recyclerId", "recyclerName", "element", "elementName", "declaredKg", "recoveredKg",
                    "recoveryRate", "lots"), parser.getHeaderNames());
            records = parser.getRecords();
        }
        assertEquals(want.size(), records.size());
        for (int i = 0; i < want.size(); i++) {
            Map<String, Object> row = want.get(i);
            CSVRecord record = records.get(i);
            boolean totals = i == want.size() - 1;
            assertEquals(totals ? "TOTAL" : String.valueOf(row.get("recyclerId")), record.get("recyclerId"));
            assertEquals(totals ? "" : row.get("recyclerName"), record.get("recyclerName"));
            assertEquals(totals ? "" : row.get("element"), record.get("element"));
            assertEquals(row.get("declaredKg"), record.get("declaredKg"));
            assertEquals(row.get("recoveredKg"), record.get("recoveredKg"));
            assertEquals(row.getOrDefault("recoveryRate", ""), record.get("recoveryRate"));
            assertEquals(String.valueOf(row.get("lots")), record.get("lots"));
        }
        assertTrue(csv.endsWith("\r\n"), "RFC 4180 line ends");
    }

    /** A GET asking for CSV, with the raw bytes back. */
    static HttpResponse<byte[]> csv(Http http, String path, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(http.baseUrl() + path)).header("Accept", "text/csv")
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object rows) {
        return ((List<Map<String, Object>>) rows).stream().map(StatsRecoveryExactnessTest::normalized).toList();
    }

    /** Every value as a string, so JSON integers and the test's longs compare equal. */
    private static Map<String, Object> normalized(Map<String, Object> row) {
        return row.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()),
                (a, b) -> a, LinkedHashMap::new));
    }
}
