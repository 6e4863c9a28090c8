package org.reex.lot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.auction.AuctionFixture;
import org.reex.testing.Http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Closing soon": once per lot to each organization that bid on or watches it when its auction enters the window
 * (1 h by default), never to others, never for a lot closing later, and never twice however many checks run at once.
 */
@MicronautTest(transactional = false)
class ClosingSoonNoticesTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Inject
    ClosingSoonNotices notices;

    @Test
    void biddersAndWatchersHearOnceThatALotClosesWithinTheHour() throws Exception {
        AuctionFixture.Setup soon = fixture.lot(3, Map.of("closesAt", Duration.ofMinutes(30)));
        String bidder = soon.recyclers().get(0);
        String watcher = soon.recyclers().get(1);
        String bystander = soon.recyclers().get(2);
        AuctionFixture.Setup later = fixture.lot(1, Map.of("closesAt", Duration.ofHours(3)));
        assertEquals(201, fixture.bid(soon.lotId(), bidder, "1000", null).status());
        assertEquals(204, http.send("PUT", "/api/v1/lots/" + soon.lotId() + "/watch", "application/json", "", watcher).status());
        assertEquals(201, fixture.bid(later.lotId(), later.recyclers().get(0), "1000", null).status());

        // Eight checks at once (as eight instances would run them), then one more.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                checks.add(notices::send);
            }
            for (Future<Integer> check : pool.invokeAll(checks)) {
                check.get();
            }
        } finally {
            pool.shutdown();
        }
        notices.send();

        for (String token : List.of(bidder, watcher)) {
            List<Map<String, Object>> closing = closingSoon(token, soon.lotId());
            assertEquals(1, closing.size(), "exactly one notice: " + closing);
            @SuppressWarnings("unchecked")
            Map<String, String> params = (Map<String, String>) closing.get(0).get("params");
            assertEquals(String.valueOf(soon.lotId()), params.get("lotId"));
            assertEquals("CNY", params.get("currency"));
            String closesAt = (String) http.get("/api/v1/lots/" + soon.lotId() + "/auction", token).json().get("closesAt");
            assertEquals(java.time.Instant.parse(closesAt), java.time.Instant.parse(params.get("closesAt")));
            assertEquals(((Number) closing.get(0).get("lotId")).longValue(), soon.lotId());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> bidderParams = (Map<String, String>) closingSoon(bidder, soon.lotId()).get(0).get("params");
        assertEquals(0, new java.math.BigDecimal("1000").compareTo(new java.math.BigDecimal(bidderParams.get("price"))));
        assertEquals(List.of(), closingSoon(bystander, soon.lotId()), "no notice to who neither bid nor watched");
        assertEquals(List.of(), closingSoon(later.recyclers().get(0), later.lotId()), "no notice three hours out");
    }

    private List<Map<String, Object>> closingSoon(String token, long lotId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications?limit=100", token)
                .json().get("items");
        return items.stream().filter(n -> "CLOSING_SOON".equals(n.get("type")))
                .filter(n -> n.get("lotId") != null && ((Number) n.get("lotId")).longValue() == lotId).toList();
    }
}
