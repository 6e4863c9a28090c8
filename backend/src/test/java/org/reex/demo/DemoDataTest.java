package org.reex.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo marketplace loads into an empty database of its own, and its users can sign in. */
class DemoDataTest {

    @Test
    void anEmptyDatabaseGetsTheDemoMarketplace() throws Exception {
        long started = System.nanoTime();
        String server = System.getProperty("datasources.default.url").replaceAll("/[^/]*$", "/");
        String name = "reex_demo_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", server + name + "?createDatabaseIfNotExist=true",
                "reex.demo-data", "true"), "test")) {
            System.out.printf("DemoDataTest: the app started with the demo loaded in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            Http http = app.getApplicationContext().getBean(Http.class);
            String recycler = http.login("ops@ganzhou-recycling.example", DemoData.DEMO_PASSWORD);
            String agency = http.login("inspector@reex-agency.example", DemoData.DEMO_PASSWORD);
            String maker = http.login("ops@baotou-magnetics.example", DemoData.DEMO_PASSWORD);

            assertEquals("RECYCLER", http.get("/api/v1/me", recycler).json().get("role"));
            assertEquals("AGENCY", http.get("/api/v1/me", agency).json().get("role"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> open = (List<Map<String, Object>>) http.get("/api/v1/lots?status=OPEN&limit=200", recycler)
                    .json().get("items");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> all = (List<Map<String, Object>>) http.get("/api/v1/lots?limit=200", agency).json().get("items");
            long categories = all.stream().map(l -> l.get("category")).distinct().count();
            List<Map<String, Object>> catalogue = all.stream().filter(l -> !((String) l.get("title")).contains(", batch ")).toList();
            assertEquals(DemoLots.LOTS.size() + 2, catalogue.size(), "the catalogue plus two short auctions");
            assertEquals(11, categories, "a lot in every category");
            assertEquals(DemoLots.LOTS.stream().filter(DemoLots.DemoLot::publish).count() + 2, open.size());
            long withBids = open.stream().filter(l -> !http.get("/api/v1/lots/" + l.get("id") + "/bids", agency).jsonList().isEmpty())
                    .count();
            assertEquals(4, withBids, "bid histories on two open lots and both short auctions");
            assertTrue(all.stream().anyMatch(l -> l.get("status").equals("DRAFT")));
            assertTrue(http.get("/api/v1/lots?scope=MINE", maker).json().get("items") instanceof List<?> mine && !mine.isEmpty());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> licences = (List<Map<String, Object>>) http.get("/api/v1/licences?limit=200", agency)
                    .json().get("items");
            assertTrue(licences.stream().map(l -> l.get("status")).toList()
                    .containsAll(List.of("PENDING", "VERIFIED", "REJECTED", "SUSPENDED")), licences.toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> matched = (List<Map<String, Object>>) http.get("/api/v1/matches/mine", recycler)
                    .json().get("items");
            assertTrue(matched.size() >= 3, "the Ganzhou recycler is matched to open magnet lots: " + matched.size());

            history(http, agency, all);
        } finally {
            try (Connection connection = DriverManager.getConnection(server, System.getProperty("datasources.default.username"),
                    System.getProperty("datasources.default.password"));
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    /**
     * Two years of certified lots across regions, categories and recyclers, with statistics to show for every month;
     * lots at every custody step now; open and decided flags; and exactly one chain broken behind the app's back,
     * which its public certificate shows.
     */
    @SuppressWarnings("unchecked")
    private static void history(Http http, String agency, List<Map<String, Object>> all) {
        List<Map<String, Object>> certified = all.stream().filter(l -> "CERTIFIED".equals(l.get("status"))).toList();
        assertTrue(certified.size() >= 110, "about 120 certified lots: " + certified.size());
        assertTrue(certified.stream().map(l -> l.get("region")).distinct().count() >= 4, "several regions");
        assertTrue(certified.stream().map(l -> l.get("category")).distinct().count() >= 8, "several categories");
        assertTrue(all.stream().map(l -> l.get("status")).toList()
                .containsAll(List.of("AWARDED", "PICKED_UP", "DELIVERED", "RECEIVED", "PROCESSED", "CERTIFIED")));

        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        String range = "from=" + now.minusMonths(24) + "&to=" + now;
        Map<String, Object> byMonth = http.get("/api/v1/stats/recovery?" + range + "&groupBy=month", agency).json();
        List<Map<String, Object>> months = (List<Map<String, Object>>) byMonth.get("rows");
        assertTrue(months.size() >= 20, "certified lots in most of the last 24 months: " + months.size());
        List<Map<String, Object>> recyclers = (List<Map<String, Object>>) http.get("/api/v1/stats/recovery?" + range
                + "&groupBy=recycler", agency).json().get("rows");
        assertTrue(recyclers.size() >= 4, "several recyclers: " + recyclers);

        List<Map<String, Object>> flags = (List<Map<String, Object>>) http.get("/api/v1/flags?limit=100", agency).json().get("items");
        assertTrue(flags.stream().map(f -> f.get("status")).toList().containsAll(List.of("OPEN", "DISMISSED", "CONFIRMED")),
                flags.toString());
        assertTrue(flags.stream().anyMatch(f -> "NOT_RECEIVED_IN_TIME".equals(f.get("rule"))), "a lot stuck in custody");

        // Monthly reports: four recyclers filed the months before last; Longyan missed one (flagged), Chongqing's
        // newest filing does not balance (flagged); last month is left to file.
        List<Map<String, Object>> twoAgo = (List<Map<String, Object>>) http.get("/api/v1/monthly-reports?month="
                + now.minusMonths(2), agency).json().get("items");
        assertEquals(4, twoAgo.size(), twoAgo.toString());
        List<Map<String, Object>> missing = (List<Map<String, Object>>) http.get("/api/v1/monthly-reports/not-filed?month="
                + now.minusMonths(3), agency).json().get("organizations");
        assertEquals(List.of("Longyan Rare Earth Recovery"), missing.stream().map(o -> o.get("name")).toList());
        List<Map<String, Object>> monthFlags = (List<Map<String, Object>>) http.get("/api/v1/flags?limit=100&reportMonth="
                + now.minusMonths(3), agency).json().get("items");
        assertEquals(List.of("Longyan Rare Earth Recovery"), monthFlags.stream()
                .filter(f -> "MONTHLY_REPORT_MISSING".equals(f.get("rule"))).map(f -> f.get("recyclerName")).toList());
        monthFlags = (List<Map<String, Object>>) http.get("/api/v1/flags?limit=100&reportMonth=" + now.minusMonths(2),
                agency).json().get("items");
        assertTrue(monthFlags.stream().anyMatch(f -> "MASS_BALANCE".equals(f.get("rule"))), monthFlags.toString());
        assertEquals(0, ((List<?>) http.get("/api/v1/monthly-reports?month=" + now.minusMonths(1), agency).json()
                .get("items")).size(), "last month is left to file");

        List<Long> broken = certified.stream().map(l -> ((Number) l.get("id")).longValue())
                .filter(id -> Boolean.FALSE.equals(http.get("/api/v1/lots/" + id + "/custody/verification", agency).json()
                        .get("valid")))
                .toList();
        assertEquals(1, broken.size(), "one chain altered in the database: " + broken);
        String code = (String) http.get("/api/v1/lots/" + broken.get(0), agency).json().get("certificateCode");
        Map<String, Object> certificate = http.get("/api/v1/certificates/" + code, null).json();
        assertEquals(false, ((Map<String, Object>) certificate.get("chain")).get("valid"));
    }
}
