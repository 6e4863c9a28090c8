package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;
import org.reex.testing.RowLock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One auction row held by someone else for longer than any client waits: its bids end soon in 503 with
 * Retry-After, and everything else (other lots, reads, health) goes on, although more bids pile up on the held
 * lot than the pool has connections.
 */
@MicronautTest(transactional = false)
class BiddingLockTest {

    private static final int BIDS_ON_THE_HELD_LOT = 30;

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Test
    void aHeldAuctionRowDelaysOnlyItsOwnBidsAndThoseBriefly() throws Exception {
        AuctionFixture.Setup held = fixture.lot(1, Map.of());
        AuctionFixture.Setup other = fixture.lot(1, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(BIDS_ON_THE_HELD_LOT);
        try (RowLock lock = RowLock.auction(held.lotId())) {
            Instant start = Instant.now();
            List<Future<Http.Reply>> stuck = new ArrayList<>();
            for (int i = 0; i < BIDS_ON_THE_HELD_LOT; i++) {
                String amount = String.valueOf(1000 + 10 * i);
                stuck.add(pool.submit(() -> fixture.bid(held.lotId(), held.recyclers().get(0), amount, null)));
            }
            lock.awaitWaiters(4, start.plus(Duration.ofSeconds(5)));

            for (int i = 0; i < 3; i++) {
                Instant before = Instant.now();
                Http.Reply bid = fixture.bid(other.lotId(), other.recyclers().get(0), String.valueOf(1000 + 100 * i), null);
                assertEquals(201, bid.status(), "another lot's bid: " + bid);
                assertTrue(Duration.between(before, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0, "and promptly");
            }
            assertEquals(200, http.get("/api/v1/lots/" + held.lotId() + "/auction", held.seller()).status(),
                    "the held lot can still be read");
            assertEquals(200, http.get("/health", null).status());

            for (Future<Http.Reply> future : stuck) {
                Http.Reply reply = future.get();
                assertEquals(503, reply.status(), reply.toString());
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                assertTrue(reply.header("Retry-After").isPresent(), reply.toString());
            }
            Duration allDone = Duration.between(start, Instant.now());
            assertTrue(allDone.compareTo(Duration.ofSeconds(20)) < 0, "every held bid answered in " + allDone);
        } finally {
            pool.shutdownNow();
        }
        Http.Reply after = fixture.bid(held.lotId(), held.recyclers().get(0), "1000", null);
        assertEquals(201, after.status(), "once the row is free, bids go through: " + after);
    }
}
