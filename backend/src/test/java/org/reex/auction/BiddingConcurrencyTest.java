package org.reex.auction;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 50 recyclers bid on one lot at once until it closes, each keeping a log of the bids the server acknowledged and
 * retrying some requests with the same key. Afterwards the server's history must account for every acknowledged
 * bid and nothing else, in an order in which the proxy rule gives the final price. The bidders are scripts bidding as
 * fast as the server answers, most of their bids losing the race, so this instance lifts the per-user bid limit
 * (60 a minute by default: a person never gets near it, these scripts do).
 */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.bids.per-user", value = "100000")
class BiddingConcurrencyTest {

    private static final int BIDDERS = 50;

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    record Ack(long bidId, String key, int bidder, BigDecimal amount, BigDecimal max) {
    }

    @Test
    void fiftyBiddersAtOnceLoseNothingAndTheProxyRuleGivesTheFinalPrice() throws Exception {
        AuctionFixture.Setup s = fixture.lot(BIDDERS, Map.of("closesAt", java.time.Duration.ofSeconds(25), "softCloseSeconds", 2));
        Map<Long, Ack> acks = new ConcurrentHashMap<>();
        List<String> retryMismatches = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(BIDDERS);
        List<Future<?>> clients = new ArrayList<>();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        for (int i = 0; i < BIDDERS; i++) {
            int bidder = i;
            String token = s.recyclers().get(i);
            clients.add(pool.submit(() -> bidUntilClosed(s.lotId(), bidder, token, acks, retryMismatches, giveUp)));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();

        Map<String, Object> closed = awaitResult(s.lotId(), s.agency());
        List<Map<String, Object>> history = new ArrayList<>(http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList());
        Collections.reverse(history);

        assertTrue(acks.size() >= BIDDERS, "a real contest: " + acks.size() + " accepted bids");
        assertEquals(List.of(), retryMismatches, "a retried key gives the first answer");
        Set<Long> stored = new HashSet<>();
        history.forEach(h -> stored.add(((Number) h.get("id")).longValue()));
        assertEquals(acks.keySet(), stored, "every acknowledged bid is stored, and nothing else");
        assertEquals(acks.size(), new HashSet<>(acks.values().stream().map(Ack::key).toList()).size(),
                "each idempotency key made one bid");
        BigDecimal previous = BigDecimal.ZERO;
        Instant closesAt = Instant.parse((String) closed.get("closesAt"));
        for (Map<String, Object> bid : history) {
            BigDecimal price = new BigDecimal((String) bid.get("priceAfter"));
            assertTrue(price.compareTo(previous) > 0, "prices strictly increase: " + previous + " then " + price);
            previous = price;
            assertTrue(Instant.parse((String) bid.get("placedAt")).isBefore(closesAt), "accepted before the close " + bid);
        }
        ProxyRule.State replay = new ProxyRule.State(new BigDecimal("1000"), new BigDecimal("10"), null, null, null);
        for (Map<String, Object> bid : history) {
            Ack ack = acks.get(((Number) bid.get("id")).longValue());
            ProxyRule.Result result = ProxyRule.english(replay, new ProxyRule.Offer(ack.bidder(), ack.amount(), ack.max()),
                    new BigDecimal(AuctionFixture.RESERVE));
            assertTrue(result instanceof ProxyRule.Accepted, "each stored bid was valid in stored order: " + bid);
            replay = ((ProxyRule.Accepted) result).state();
        }
        assertEquals(0, replay.price().compareTo(new BigDecimal((String) closed.get("currentPrice"))),
                "final price " + closed.get("currentPrice") + " is what the proxy rule gives: " + replay.price());
        assertEquals("AWARDED", closed.get("result"));
    }

    private void bidUntilClosed(long lotId, int bidder, String token, Map<Long, Ack> acks, List<String> mismatches,
                                Instant giveUp) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (Instant.now().isBefore(giveUp)) {
            Map<String, Object> state = http.get("/api/v1/lots/" + lotId + "/auction", token).json();
            if ("CLOSED".equals(state.get("status"))) {
                return;
            }
            if (Boolean.TRUE.equals(state.get("leading"))) {
                pause(random);
                continue;
            }
            BigDecimal amount = new BigDecimal((String) state.get("nextMinimumBid"));
            BigDecimal max = random.nextInt(10) < 3 ? amount.add(BigDecimal.valueOf(random.nextInt(1, 20) * 10L)) : null;
            String key = UUID.randomUUID().toString();
            Http.Reply reply = fixture.bid(lotId, token, amount.toPlainString(), max == null ? null : max.toPlainString(), key);
            if (reply.status() == 201) {
                long bidId = ((Number) reply.json().get("bidId")).longValue();
                acks.put(bidId, new Ack(bidId, key, bidder, amount, max));
                if (random.nextInt(10) == 0) {
                    Http.Reply retry = fixture.bid(lotId, token, amount.toPlainString(), max == null ? null : max.toPlainString(), key);
                    if (retry.status() != 201 || ((Number) retry.json().get("bidId")).longValue() != bidId) {
                        mismatches.add(key + ": " + retry);
                    }
                }
            } else if (reply.status() == 409) {
                return;
            } else {
                assertFalse(reply.status() >= 500, "no server error under load: " + reply);
            }
            pause(random);
        }
    }

    /** A bidder's think time between looks at the auction; it spreads the load, it does not wait for anything. */
    private static void pause(ThreadLocalRandom random) {
        try {
            Thread.sleep(random.nextInt(5, 40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Object> awaitResult(long lotId, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Map<String, Object> state = http.get("/api/v1/lots/" + lotId + "/auction", token).json();
            if (state.get("result") != null) {
                return state;
            }
            assertTrue(Instant.now().isBefore(deadline), "the auction should close: " + state);
            Thread.sleep(100);
        }
    }
}
