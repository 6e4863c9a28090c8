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
        String server = System.getProperty("datasources.default.url").replaceAll("/[^/]*$", "/");
        String name = "reex_demo_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", server + name + "?createDatabaseIfNotExist=true",
                "reex.demo-data", "true"), "test")) {
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
            assertEquals(DemoLots.LOTS.size() + 2, all.size(), "the catalogue plus two short auctions");
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
        } finally {
            try (Connection connection = DriverManager.getConnection(server, System.getProperty("datasources.default.username"),
                    System.getProperty("datasources.default.password"));
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }
}
