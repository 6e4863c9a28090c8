package org.reex.monthly;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.custody.Db;
import org.reex.licence.Licences;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monthly mass-balance reports through the real server: prefill equals the month's records, the rules at their
 * edges, versions kept on correction, racing filings, access per role, and the reminders and missing-report flag on
 * a fixed clock. REEx's records are made through the API and then placed in a past month in the database (a month
 * must have ended before it is filed, and custody cannot be recorded in the past).
 */
@MicronautTest(transactional = false)
class MonthlyReportControllerTest {

    private static final String REPORTS = "/api/v1/monthly-reports";

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Licences licences;

    @Inject
    CustodyFixture custody;

    @Inject
    MonthlyReportService service;

    @Test
    void prefillIsTheMonthsRecordsAndTheRulesFlagWhatDoesNotAddUp() {
        List<CustodyFixture.Awarded> lots = custody.awarded(3, "1000", null);
        CustodyFixture.Awarded processed = lots.get(0);
        CustodyFixture.Awarded received = lots.get(1);
        CustodyFixture.Awarded nextMonth = lots.get(2);
        String recycler = processed.winner();
        String agency = processed.agency();
        long recyclerId = organizationId(recycler);
        custody.through(processed, "PROCESSED", "1000", "990.250");
        assertEquals(201, custody.submitReport(processed.lotId(), recycler,
                CustodyFixture.report("Nd", "200.125", "Pr", "30", "Dy", "10.5")).status());
        custody.through(received, "RECEIVED", "1000", "500.004");
        custody.through(nextMonth, "RECEIVED", "1000", "777");
        // The month: May 2003, its first and last microsecond included, June's first excluded.
        at(processed.lotId(), "RECEIVED", "2003-05-01 00:00:00.000000");
        at(processed.lotId(), "PROCESSED", "2003-05-20 10:00:00.123456");
        Db.update("UPDATE recovery_report SET submitted_at = '2003-05-21 09:00:00.000001' WHERE lot_id = ?", processed.lotId());
        at(received.lotId(), "RECEIVED", "2003-05-31 23:59:59.999999");
        at(nextMonth.lotId(), "RECEIVED", "2003-06-01 00:00:00.000000");

        // April: some stock carried over.
        assertEquals(201, file(recycler, "2003-04", null, categories(line("NDFEB_MAGNET", "0", "120.5", "0", "120.5")),
                List.of()).status());

        Map<String, Object> prefill = http.get(REPORTS + "/prefill?month=2003-05", recycler).json();
        assertEquals("2003-06-10", prefill.get("dueOn"));
        List<Map<String, Object>> prefillCategories = list(prefill.get("categories"));
        assertEquals(1, prefillCategories.size(), "one category: " + prefillCategories);
        Map<String, Object> magnets = prefillCategories.get(0);
        BigDecimal receivedKg = new BigDecimal("990.250").add(new BigDecimal("500.004"));
        BigDecimal openingKg = new BigDecimal("120.5");
        BigDecimal processedKg = new BigDecimal("990.250");
        assertDecimal(openingKg, magnets.get("openingKg"));
        assertDecimal(receivedKg, magnets.get("receivedKg"));
        assertDecimal(receivedKg, magnets.get("reexReceivedKg"));
        assertDecimal(processedKg, magnets.get("processedKg"));
        assertDecimal(openingKg.add(receivedKg).subtract(processedKg), magnets.get("closingKg"));
        Map<String, String> recovered = new LinkedHashMap<>();
        for (Map<String, Object> e : list(prefill.get("elements"))) {
            recovered.put((String) e.get("element"), (String) e.get("recoveredKg"));
        }
        assertEquals(List.of("Pr", "Nd", "Dy"), List.copyOf(recovered.keySet()), "in atomic-number order");
        assertDecimal(new BigDecimal("200.125"), recovered.get("Nd"));
        assertDecimal(new BigDecimal("30"), recovered.get("Pr"));
        assertDecimal(new BigDecimal("10.5"), recovered.get("Dy"));

        // Filed as prefilled: nothing to flag.
        String closing = openingKg.add(receivedKg).subtract(processedKg).toPlainString();
        List<Map<String, Object>> elements = elements("Nd", "200.125", "Pr", "30", "Dy", "10.5");
        Http.Reply first = file(recycler, "2003-05", null, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), closing)), elements);
        assertEquals(201, first.status(), first.toString());
        assertEquals(1, ((Number) first.json().get("version")).intValue());
        assertEquals(List.of(), monthFlags(agency, recyclerId, "2003-05"));

        // Filing again without naming the version corrected: 409; naming an old one: 409.
        assertEquals(409, file(recycler, "2003-05", null, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), closing)), elements).status());

        // Within rounding (0.5 kg off): no flag. One kilogram off: MASS_BALANCE.
        String halfOff = new BigDecimal(closing).add(new BigDecimal("0.5")).toPlainString();
        assertEquals(201, file(recycler, "2003-05", 1, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), halfOff)), elements).status());
        assertEquals(List.of(), monthFlags(agency, recyclerId, "2003-05"));
        assertEquals(409, file(recycler, "2003-05", 1, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), closing)), elements).status(), "v1 is not the newest");
        String oneOff = new BigDecimal(closing).add(BigDecimal.ONE).toPlainString();
        assertEquals(201, file(recycler, "2003-05", 2, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), oneOff)), elements).status());
        List<Map<String, Object>> flags = monthFlags(agency, recyclerId, "2003-05");
        assertEquals(List.of("MASS_BALANCE"), flags.stream().map(f -> f.get("rule")).toList());
        Map<String, String> evidence = evidence(flags.get(0));
        assertDecimal(BigDecimal.ONE, evidence.get("deviation"));
        assertDecimal(new BigDecimal(closing), evidence.get("expectedClosingKg"));
        assertEquals("2003-05", flags.get(0).get("reportMonth"));
        assertEquals(null, flags.get(0).get("lotId"));

        // Nd above what the processed input could hold: 990.250 kg × 0.228 declared = 225.777 kg, +5 % = 237.06585.
        BigDecimal contained = new BigDecimal("990.250").multiply(new BigDecimal("0.228")).setScale(3, java.math.RoundingMode.HALF_UP);
        assertEquals(201, file(recycler, "2003-05", 3, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), closing)),
                elements("Nd", "237.065", "Pr", "30", "Dy", "10.5")).status());
        assertEquals(1, monthFlags(agency, recyclerId, "2003-05").size(), "237.065 is within the tolerance");
        assertEquals(201, file(recycler, "2003-05", 4, categories(line("NDFEB_MAGNET", "120.5",
                receivedKg.toPlainString(), processedKg.toPlainString(), closing)),
                elements("Nd", "237.066", "Pr", "30", "Dy", "10.5")).status());
        Map<String, Object> above = only(monthFlags(agency, recyclerId, "2003-05"), "RECOVERED_ABOVE_INPUT");
        assertDecimal(contained, evidence(above).get("maxContainedKg"));
        assertEquals("Nd", evidence(above).get("element"));

        // Less received than REEx recorded, and Dy left out: BELOW_REEX_RECORDS twice.
        Http.Reply sixth = file(recycler, "2003-05", 5, categories(line("NDFEB_MAGNET", "120.5", "1400",
                processedKg.toPlainString(), new BigDecimal("120.5").add(new BigDecimal("1400")).subtract(processedKg).toPlainString())),
                elements("Nd", "200.125", "Pr", "30"));
        assertEquals(201, sixth.status(), sixth.toString());
        List<Map<String, Object>> below = monthFlags(agency, recyclerId, "2003-05").stream()
                .filter(f -> "BELOW_REEX_RECORDS".equals(f.get("rule"))).toList();
        assertEquals(2, below.size(), below.toString());
        assertTrue(below.stream().anyMatch(f -> "received".equals(evidence(f).get("figure"))
                && new BigDecimal(evidence(f).get("reexKg")).compareTo(receivedKg) == 0));
        assertTrue(below.stream().anyMatch(f -> "Dy".equals(evidence(f).get("element"))));

        // Every version is kept, each with what it said.
        Map<String, Object> newest = sixth.json();
        List<Map<String, Object>> versions = list(newest.get("versions"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), versions.stream().map(v -> ((Number) v.get("version")).intValue()).toList());
        Map<String, Object> v3 = http.get(REPORTS + "/" + versions.get(2).get("id"), recycler).json();
        assertDecimal(new BigDecimal(oneOff), list(v3.get("categories")).get(0).get("closingKg"));
        assertDecimal(new BigDecimal("1400"), list(newest.get("categories")).get(0).get("receivedKg"));
        assertEquals(true, newest.get("late"), "filed years after its month");

        // The list shows the newest version once, with totals and open flags.
        List<Map<String, Object>> listed = list(http.get(REPORTS + "?month=2003-05&organizationId=" + recyclerId, agency)
                .json().get("items"));
        assertEquals(1, listed.size());
        assertEquals(6, ((Number) listed.get(0).get("version")).intValue());
        assertDecimal(new BigDecimal("1400"), listed.get(0).get("receivedKg"));
        assertDecimal(new BigDecimal("230.125"), listed.get(0).get("recoveredKg"));
        assertEquals(4, ((Number) listed.get(0).get("openFlags")).intValue());

        // June opens with May's newest closing stock and sees only the lot received on its first microsecond.
        Map<String, Object> june = list(http.get(REPORTS + "/prefill?month=2003-06", recycler).json().get("categories")).get(0);
        assertDecimal(new BigDecimal("120.5").add(new BigDecimal("1400")).subtract(processedKg), june.get("openingKg"));
        assertDecimal(new BigDecimal("777"), june.get("reexReceivedKg"));
        // July has no June report before it: it opens with the stock REEx's records say was held on 1 July.
        Map<String, Object> july = list(http.get(REPORTS + "/prefill?month=2003-07", recycler).json().get("categories")).get(0);
        assertDecimal(new BigDecimal("500.004").add(new BigDecimal("777")), july.get("openingKg"));
        assertDecimal(new BigDecimal("500.004").add(new BigDecimal("777")), july.get("closingKg"));
    }

    @Test
    void eightIdenticalFirstFilingsAtOnceMakeOneVersion() throws Exception {
        String recycler = accounts.tokenFor("RECYCLER");
        long recyclerId = organizationId(recycler);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> filings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                filings.add(() -> file(recycler, "2004-07", null, categories(line("NIMH_BATTERY", "0", "10", "5", "5")),
                        elements("La", "0.5")).status());
            }
            for (Future<Integer> f : pool.invokeAll(filings)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM monthly_report WHERE organization_id = ?", recyclerId));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM monthly_report_category c JOIN monthly_report r ON r.id = c.report_id "
                + "WHERE r.organization_id = ?", recyclerId));
    }

    @Test
    void whoMaySeeAndFileAndWhatIsRefused() {
        String recycler = accounts.tokenFor("RECYCLER");
        String other = accounts.tokenFor("RECYCLER");
        String manufacturer = accounts.tokenFor("MANUFACTURER");
        String agency = accounts.agencyToken();
        long recyclerId = organizationId(recycler);
        Http.Reply filed = file(recycler, "2005-01", null, categories(line("E_WASTE", "0", "0", "0", "0")), List.of());
        assertEquals(201, filed.status(), filed.toString());
        Object id = filed.json().get("id");

        assertEquals(403, http.get(REPORTS + "/prefill?month=2005-01", manufacturer).status());
        assertEquals(403, http.get(REPORTS, manufacturer).status());
        assertEquals(403, http.get(REPORTS + "/prefill?month=2005-01", agency).status());
        assertEquals(403, file(agency, "2005-01", null, List.of(), List.of()).status());
        assertEquals(403, http.get(REPORTS + "?organizationId=" + recyclerId, other).status());
        assertEquals(404, http.get(REPORTS + "/" + id, other).status());
        assertEquals(403, http.get(REPORTS + "/" + id, manufacturer).status());
        assertEquals(200, http.get(REPORTS + "/" + id, agency).status());
        assertEquals(403, http.get(REPORTS + "/not-filed?month=2005-01", recycler).status());
        assertEquals(401, http.get(REPORTS, null).status());
        assertEquals(List.of(), list(http.get(REPORTS + "?month=2005-01", other).json().get("items")));

        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        Map<String, List<String>> refused = new LinkedHashMap<>();
        refused.put("month", List.of(file(recycler, "2005-13", null, List.of(), List.of()).invalidParamNames().toString(),
                file(recycler, thisMonth, null, List.of(), List.of()).invalidParamNames().toString(),
                file(recycler, "1999-12", null, List.of(), List.of()).invalidParamNames().toString()));
        for (List<String> names : refused.values()) {
            names.forEach(n -> assertEquals("[month]", n));
        }
        assertEquals(List.of("categories[0].openingKg", "categories[0].receivedKg", "categories[0].closingKg"),
                file(recycler, "2005-02", null, categories(line("E_WASTE", "-1", "1.0001", "0", "abc")), List.of())
                        .invalidParamNames());
        assertEquals(List.of("categories[1].category"), file(recycler, "2005-02", null, categories(
                line("E_WASTE", "0", "0", "0", "0"), line("E_WASTE", "0", "0", "0", "0")), List.of()).invalidParamNames());
        assertEquals(List.of("elements[0].element"), file(recycler, "2005-02", null, List.of(),
                elements("Xx", "1")).invalidParamNames());
        assertEquals(List.of("elements[1].element"), file(recycler, "2005-02", null, List.of(),
                elements("dy", "1", "Dy", "2")).invalidParamNames());
        assertEquals(List.of("elements[0].recoveredKg"), file(recycler, "2005-02", null, List.of(),
                elements("Dy", "1000000000000")).invalidParamNames());
        Http.Reply badCategory = http.post(REPORTS, Map.of("month", "2005-02", "categories", List.of(
                Map.of("category", "PLUTONIUM", "openingKg", "0", "receivedKg", "0", "processedKg", "0", "closingKg", "0")),
                "elements", List.of()), recycler);
        assertEquals(400, badCategory.status(), badCategory.toString());
        assertEquals(400, http.get(REPORTS + "/prefill?month=May", recycler).status());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM monthly_report WHERE organization_id = ?", recyclerId),
                "nothing refused was stored");
    }

    @Test
    void remindersOnTheFifthAndTenthAndOneFlagAfterTheTenthOnAFixedClock() throws Exception {
        String agency = accounts.agencyToken();
        String late = accounts.tokenFor("RECYCLER");
        String onTime = accounts.tokenFor("RECYCLER");
        String unlicensed = accounts.tokenFor("RECYCLER");
        long lateId = organizationId(late);
        for (String recycler : List.of(late, onTime)) {
            long licenceId = licences.verified(Licences.ndfeb(Accounts.unique("M")), recycler, agency);
            // Licensed and verified since January 2002 (the API cannot record a decision in the past).
            Db.update("UPDATE licence SET valid_from = '2002-01-01 00:00:00' WHERE id = ?", licenceId);
            Db.update("UPDATE licence_decision SET decided_at = '2002-01-15 00:00:00' WHERE licence_id = ?", licenceId);
        }
        assertEquals(201, file(onTime, "2002-02", null, categories(line("NDFEB_MAGNET", "0", "0", "0", "0")), List.of()).status());

        List<String> notFiled = list(http.get(REPORTS + "/not-filed?month=2002-02", agency).json().get("organizations"))
                .stream().map(o -> String.valueOf(o.get("id"))).toList();
        assertEquals(List.of(String.valueOf(lateId)), notFiled);

        service.remindAndFlag(Instant.parse("2002-03-04T23:59:59.999999Z"));
        assertEquals(0, dueNotices(late));
        runEightAtOnce(Instant.parse("2002-03-05T00:00:00Z"));
        service.remindAndFlag(Instant.parse("2002-03-07T12:00:00Z"));
        assertEquals(1, dueNotices(late), "the 5th's reminder, once");
        service.remindAndFlag(Instant.parse("2002-03-10T23:59:59Z"));
        assertEquals(2, dueNotices(late), "the 10th's reminder");
        assertEquals(List.of(), monthFlags(agency, lateId, "2002-02"), "not missing before the 10th is over");
        runEightAtOnce(Instant.parse("2002-03-11T00:00:00Z"));
        service.remindAndFlag(Instant.parse("2002-03-20T00:00:00Z"));
        List<Map<String, Object>> flags = monthFlags(agency, lateId, "2002-02");
        assertEquals(List.of("MONTHLY_REPORT_MISSING"), flags.stream().map(f -> f.get("rule")).toList());
        assertEquals("2002-03-10", evidence(flags.get(0)).get("dueOn"));
        assertEquals(2, dueNotices(late));
        assertEquals(0, dueNotices(onTime));
        assertEquals(0, dueNotices(unlicensed));
    }

    private void runEightAtOnce(Instant now) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                checks.add(() -> service.remindAndFlag(now));
            }
            for (Future<Integer> f : pool.invokeAll(checks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private long dueNotices(String token) {
        return list(http.get("/api/v1/notifications?limit=200", token).json().get("items")).stream()
                .filter(n -> "MONTHLY_REPORT_DUE".equals(n.get("type")))
                .filter(n -> "2002-02".equals(((Map<?, ?>) n.get("params")).get("month")))
                .count();
    }

    private Http.Reply file(String token, String month, Integer correctsVersion, List<Map<String, Object>> categories,
                            List<Map<String, Object>> elements) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", month);
        if (correctsVersion != null) {
            body.put("correctsVersion", correctsVersion);
        }
        body.put("categories", categories);
        body.put("elements", elements);
        return http.post(REPORTS, body, token);
    }

    private static Map<String, Object> line(String category, String opening, String received, String processed, String closing) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("category", category);
        line.put("openingKg", opening);
        line.put("receivedKg", received);
        line.put("processedKg", processed);
        line.put("closingKg", closing);
        return line;
    }

    @SafeVarargs
    private static List<Map<String, Object>> categories(Map<String, Object>... lines) {
        return List.of(lines);
    }

    private static List<Map<String, Object>> elements(String... elementAndKg) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < elementAndKg.length; i += 2) {
            lines.add(Map.of("element", elementAndKg[i], "recoveredKg", elementAndKg[i + 1]));
        }
        return lines;
    }

    private List<Map<String, Object>> monthFlags(String agency, long recyclerId, String month) {
        return list(http.get("/api/v1/flags?reportMonth=" + month + "&recyclerId=" + recyclerId, agency).json().get("items"));
    }

    private static Map<String, Object> only(List<Map<String, Object>> flags, String rule) {
        List<Map<String, Object>> found = flags.stream().filter(f -> rule.equals(f.get("rule"))).toList();
        assertEquals(1, found.size(), flags.toString());
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> evidence(Map<String, Object> flag) {
        return (Map<String, String>) flag.get("evidence");
    }

    private long organizationId(String token) {
        Map<?, ?> organization = (Map<?, ?>) http.get("/api/v1/me", token).json().get("organization");
        return ((Number) organization.get("id")).longValue();
    }

    private static void at(long lotId, String type, String utc) {
        assertEquals(1, Db.update("UPDATE custody_event SET occurred_at = ? WHERE lot_id = ? AND type = ?", utc, lotId, type));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static void assertDecimal(BigDecimal expected, Object actual) {
        assertEquals(0, expected.compareTo(new BigDecimal(String.valueOf(actual))), expected + " vs " + actual);
    }
}
