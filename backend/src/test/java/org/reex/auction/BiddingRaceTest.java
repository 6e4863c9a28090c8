package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests that race each other on one lot, with real threads over real HTTP. */
@MicronautTest(transactional = false)
class BiddingRaceTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Test
    void firstBidsOfSeveralRecyclersAtOnceAllCount() throws Exception {
        int recyclers = 4;
        AuctionFixture.Setup s = fixture.lot(recyclers, Map.of());
        List<Http.Reply> replies = atOnce(recyclers, i -> fixture.bid(s.lotId(), s.recyclers().get(i),
                String.valueOf(1000 + 10 * i), String.valueOf(5000 + 100 * i)));

        for (Http.Reply reply : replies) {
            assertTrue(reply.status() == 201 || reply.status() == 422, "accepted, or too low after another: " + reply);
        }
        List<Map<String, Object>> history = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList();
        long accepted = replies.stream().filter(r -> r.status() == 201).count();
        assertEquals(accepted, history.size(), "every acknowledged bid is stored");
        assertTrue(accepted >= 1);
        List<Map<String, Object>> asBidder = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.recyclers().get(0)).jsonList();
        Set<Object> labels = new HashSet<>();
        asBidder.forEach(b -> labels.add(b.get("bidderLabel")));
        assertEquals(accepted, labels.size(), "each bidder has an alias of its own: " + labels);
    }

    @Test
    void eightCopiesOfOneRequestMakeOneBidAndAllHearItsAnswer() throws Exception {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        String key = UUID.randomUUID().toString();
        // Sent together, the copies arrive while the first is being decided (the reproduction: 3 × 201, 5 × 500).
        List<Http.Reply> replies = atOnce(8, i -> fixture.bid(s.lotId(), s.recyclers().get(0), "1000", "1500", key));
        Set<Object> bidIds = new HashSet<>();
        for (Http.Reply reply : replies) {
            if (reply.status() == 201) {
                bidIds.add(reply.json().get("bidId"));
            } else {
                assertEquals(409, reply.status(), "the stored answer, or 409 while the first is decided: " + reply);
                assertTrue(reply.header("Retry-After").isPresent(), reply.toString());
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            }
        }
        assertEquals(1, bidIds.size(), "every 201 names the same bid: " + replies);
        assertEquals(1, http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList().size(), "one bid stored");
        Http.Reply again = fixture.bid(s.lotId(), s.recyclers().get(0), "1000", "1500", key);
        assertEquals(201, again.status(), again.toString());
        assertEquals(bidIds.iterator().next(), again.json().get("bidId"));
    }

    interface Request {
        Http.Reply send(int i);
    }

    /** Sends n requests from n threads released together. */
    static List<Http.Reply> atOnce(int n, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.send(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
