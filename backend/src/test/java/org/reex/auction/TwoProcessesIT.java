package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.lot.Lots;
import org.reex.testing.Http;
import org.reex.testing.SecondProcess;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two app processes on one database, as behind a load balancer: this test's JVM runs one instance, the built jar
 * runs the other as a separate process. A browser following a lot on the first sees every bid taken by the second,
 * and with both closers running every auction closes exactly once.
 */
@MicronautTest(transactional = false)
class TwoProcessesIT {

    @Inject
    Http first;

    @Inject
    AuctionFixture fixture;

    @Test
    void aBrowserOnOneInstanceSeesBidsTakenByTheOtherAndAuctionsCloseOnce() throws Exception {
        try (SecondProcess other = SecondProcess.start(first)) {
            Http second = other.http();
            AuctionFixture.Setup s = fixture.lot(2, Map.of("closesAt", java.time.Duration.ofSeconds(60)));
            List<String> received = new CopyOnWriteArrayList<>();
            Thread reader = follow(first.baseUrl() + "/api/v1/lots/" + s.lotId() + "/live", s.seller(), received);

            int bids = 12;
            for (int i = 0; i < bids; i++) {
                String token = s.recyclers().get(i % 2);
                String amount = String.valueOf(1000 + 10 * i);
                Http instance = i % 3 == 0 ? first : second;
                Http.Reply reply = instance.sendWithHeaders("POST", "/api/v1/lots/" + s.lotId() + "/bids", "application/json",
                        "{\"amount\":\"" + amount + "\"}", token, Map.of("Idempotency-Key", "two-instances-" + s.lotId() + "-" + i));
                assertEquals(201, reply.status(), reply.toString());
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (received.size() < bids) {
                assertTrue(Instant.now().isBefore(deadline), "events received on the first instance: " + received);
                Thread.sleep(50);
            }
            reader.interrupt();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= bids; i++) {
                expected.add(i + ":price");
            }
            assertEquals(expected, List.copyOf(received).subList(0, bids), "every bid, in order, whichever instance took it");

            List<Long> lots = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Map<String, Object> publish = Lots.publishRequest();
                publish.put("closesAt", AuctionFixture.in(2 + i % 3).toString());
                lots.add(fixture.lot(0, publish).lotId());
            }
            deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!closedCounts(lots).keySet().containsAll(lots)) {
                assertTrue(Instant.now().isBefore(deadline), "all short auctions should close: " + closedCounts(lots));
                Thread.sleep(200);
            }
            Map<Long, Integer> closes = closedCounts(lots);
            assertTrue(closes.values().stream().allMatch(n -> n == 1), "each closed exactly once: " + closes);
            Map<Long, Integer> notices = sellerNotices(lots);
            assertTrue(notices.values().stream().allMatch(n -> n == 1) && notices.size() == lots.size(),
                    "each seller told once: " + notices);
        }
    }

    /** Reads the event stream in the background, recording "sequence:name" for each event that has an id. */
    private static Thread follow(String url, String token, List<String> received) {
        Thread thread = new Thread(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String id = null;
                    String line;
                    while (!Thread.currentThread().isInterrupted() && (line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).trim();
                        } else if (line.startsWith("event:") && id != null) {
                            received.add(id + ":" + line.substring(6).trim());
                        } else if (line.isEmpty()) {
                            id = null;
                        }
                    }
                }
            } catch (Exception stopped) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Map<Long, Integer> closedCounts(List<Long> lots) throws Exception {
        return countBy("SELECT lot_id, COUNT(*) FROM auction_event WHERE type = 'closed' AND lot_id IN (%s) GROUP BY lot_id", lots);
    }

    private static Map<Long, Integer> sellerNotices(List<Long> lots) throws Exception {
        return countBy("SELECT lot_id, COUNT(*) FROM notification WHERE type = 'AUCTION_CLOSED' AND lot_id IN (%s) GROUP BY lot_id", lots);
    }

    private static Map<Long, Integer> countBy(String sql, List<Long> lots) throws Exception {
        String ids = lots.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection connection = DriverManager.getConnection(System.getProperty("datasources.default.url"),
                System.getProperty("datasources.default.username"), System.getProperty("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(String.format(sql, ids));
             ResultSet rs = statement.executeQuery()) {
            Map<Long, Integer> counts = new HashMap<>();
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getInt(2));
            }
            return counts;
        }
    }
}
