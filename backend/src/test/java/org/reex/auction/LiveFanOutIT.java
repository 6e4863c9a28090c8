package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;
import org.reex.testing.LiveStream;
import org.reex.testing.SecondProcess;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fan-out across two app processes on one database: 100 streams over four lots, half on each instance, while
 * bids go through both. Every stream gets every event of its lot once, in order, up to the close.
 */
@MicronautTest(transactional = false)
class LiveFanOutIT {

    private static final int LOTS = 4;
    private static final int STREAMS = 100;
    private static final int BIDS_PER_LOT = 8;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Http first;

    @Inject
    AuctionFixture fixture;

    @Test
    void everyEventReachesEveryStreamOnceInOrderOnBothInstancesWhileBidsRun() throws Exception {
        try (SecondProcess other = SecondProcess.start(first)) {
            Http second = other.http();
            List<AuctionFixture.Setup> lots = new ArrayList<>();
            for (int i = 0; i < LOTS; i++) {
                lots.add(fixture.lot(2, Map.of("closesAt", Duration.ofSeconds(20))));
            }
            List<LiveStream> streams = new ArrayList<>();
            List<Long> lotOf = new ArrayList<>();
            ExecutorService bidders = Executors.newFixedThreadPool(LOTS);
            try {
                for (int i = 0; i < STREAMS; i++) {
                    AuctionFixture.Setup lot = lots.get(i % LOTS);
                    Http instance = (i / LOTS) % 2 == 0 ? first : second;
                    streams.add(LiveStream.open(instance.baseUrl(), "/api/v1/lots/" + lot.lotId() + "/live",
                            lot.recyclers().get(i % 2), null, 0));
                    lotOf.add(lot.lotId());
                }
                for (LiveStream stream : streams) {
                    stream.await(x -> !x.events().isEmpty(), WAIT, "every stream opens");
                }

                List<Future<?>> bidding = new ArrayList<>();
                for (AuctionFixture.Setup lot : lots) {
                    bidding.add(bidders.submit(() -> {
                        for (int b = 0; b < BIDS_PER_LOT; b++) {
                            Http instance = b % 2 == 0 ? first : second;
                            Http.Reply reply = instance.sendWithHeaders("POST", "/api/v1/lots/" + lot.lotId() + "/bids",
                                    "application/json", "{\"amount\":\"" + (1000 + 10 * b) + "\"}", lot.recyclers().get(b % 2),
                                    Map.of("Idempotency-Key", "fan-out-" + lot.lotId() + "-" + b));
                            assertEquals(201, reply.status(), reply.toString());
                        }
                        return null;
                    }));
                }
                for (Future<?> done : bidding) {
                    done.get();
                }

                List<String> expected = new ArrayList<>();
                for (int b = 1; b <= BIDS_PER_LOT; b++) {
                    expected.add(b + ":price");
                }
                expected.add((BIDS_PER_LOT + 1) + ":closed");
                for (int i = 0; i < STREAMS; i++) {
                    LiveStream stream = streams.get(i);
                    stream.await(LiveStream::ended, WAIT, "stream " + i + " ends after the close");
                    assertEquals(expected, stream.withIds().stream().map(e -> e.id() + ":" + e.name()).toList(),
                            "stream " + i + " on lot " + lotOf.get(i) + " (" + ((i / LOTS) % 2 == 0 ? "first" : "second")
                                    + " instance): every event once, in order, then the end");
                }
            } finally {
                bidders.shutdownNow();
                for (LiveStream stream : streams) {
                    stream.close();
                }
            }
        }
    }
}
