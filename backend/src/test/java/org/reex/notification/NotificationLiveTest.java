package org.reex.notification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.auction.AuctionFixture;
import org.reex.custody.Db;
import org.reex.testing.Http;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bell's live stream: a new notification reaches its organization's open streams, and only those. */
@MicronautTest(transactional = false)
class NotificationLiveTest {

    @Inject
    Http http;

    @Inject
    EmbeddedServer server;

    @Inject
    AuctionFixture fixture;

    @Test
    void anOutbidNoticeReachesTheOutbidBiddersStreamsAndNoOneElses() throws Exception {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);
        assertEquals(201, fixture.bid(s.lotId(), a, "1000", null).status());
        List<String> seenByA = new CopyOnWriteArrayList<>();
        List<String> seenByASecondTab = new CopyOnWriteArrayList<>();
        List<String> seenByB = new CopyOnWriteArrayList<>();
        List<Thread> readers = List.of(follow(a, seenByA), follow(a, seenByASecondTab), follow(b, seenByB));
        try {
            waitFor(() -> seenByA.contains("keepalive") && seenByASecondTab.contains("keepalive") && seenByB.contains("keepalive"),
                    "every stream to open");

            assertEquals(201, fixture.bid(s.lotId(), b, "1100", null).status(), "B outbids A");

            long outbid = newestOfType(a, "OUTBID");
            String expected = outbid + ":notification:{\"id\":" + outbid + ",\"type\":\"OUTBID\"}";
            waitFor(() -> seenByA.contains(expected) && seenByASecondTab.contains(expected), "A's streams to hear of " + outbid);
            Set<String> bIds = inboxIds(b);
            for (String event : seenByB) {
                if (!event.equals("keepalive")) {
                    assertTrue(bIds.contains(event.substring(0, event.indexOf(':'))), "B heard only of its own: " + event);
                }
            }
            assertTrue(seenByB.stream().noneMatch(e -> e.startsWith(outbid + ":")), "B never hears of A's notice");
        } finally {
            readers.forEach(Thread::interrupt);
        }
    }

    @Test
    void theStreamWantsASignedInCaller() {
        assertEquals(401, http.get("/api/v1/notifications/live", null).status());
    }

    @Test
    void aNoticeCommittedBelowAnIdAlreadyReadStillArrives() throws Exception {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        String a = s.recyclers().get(0);
        long organization = ((Number) ((Map<?, ?>) http.get("/api/v1/me", a).json().get("organization")).get("id"))
                .longValue();
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread reader = follow(a, seen);
        try {
            waitFor(() -> seen.contains("keepalive"), "the stream to open");
            // Two ids taken in one order and committed in the other, as two concurrent transactions may do.
            long low = Db.count("SELECT COALESCE(MAX(id), 0) FROM notification") + 1000;
            long high = low + 1;
            insert(high, organization);
            waitFor(() -> seen.stream().anyMatch(e -> e.startsWith(high + ":")), "the stream to hear of " + high);
            insert(low, organization);
            waitFor(() -> seen.stream().anyMatch(e -> e.startsWith(low + ":")),
                    "the stream to hear of " + low + ", committed after " + high + " was read");
        } finally {
            reader.interrupt();
        }
    }

    private static void insert(long id, long organizationId) {
        Db.update("INSERT INTO notification (id, organization_id, type, params, lot_id, created_at) "
                + "VALUES (?, ?, 'CLOSING_SOON', '{}', NULL, UTC_TIMESTAMP(6))", id, organizationId);
    }

    private long newestOfType(String token, String type) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications", token).json().get("items");
        return items.stream().filter(n -> type.equals(n.get("type"))).mapToLong(n -> ((Number) n.get("id")).longValue())
                .max().orElseThrow(() -> new AssertionError("no " + type + " notification"));
    }

    private Set<String> inboxIds(String token) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications?limit=100", token).json().get("items");
        return items.stream().map(n -> String.valueOf(n.get("id"))).collect(Collectors.toSet());
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Reads the stream in the background: "keepalive", or "id:name:data" for each event with an id. */
    private Thread follow(String token, List<String> received) {
        Thread thread = new Thread(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/notifications/live"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String id = null;
                    String name = null;
                    String data = null;
                    String line;
                    while (!Thread.currentThread().isInterrupted() && (line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).trim();
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            data = line.substring(5).trim();
                        } else if (line.isEmpty()) {
                            if (name != null) {
                                received.add("keepalive".equals(name) ? "keepalive" : id + ":" + name + ":" + data);
                            }
                            id = null;
                            name = null;
                            data = null;
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
}
