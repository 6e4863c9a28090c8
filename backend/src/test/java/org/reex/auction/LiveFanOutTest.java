package org.reex.auction;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;
import org.reex.testing.LiveStream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lots' live streams over real HTTP on the real database: one reader per instance fans events out in memory
 * (docs/adr/006). Small per-stream and socket buffers and a short wait for skipped ids make the slow paths quick to
 * reach.
 */
@MicronautTest(transactional = false)
@Property(name = "reex.auctions.live-buffer", value = "16")
@Property(name = "reex.auctions.live-missing-wait", value = "2s")
@Property(name = "micronaut.server.netty.child-options.so-sndbuf", value = "4096")
class LiveFanOutTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Inject
    LiveFeed feed;

    @Test
    void everyStreamGetsEachEventOnceInOrderAndTheFeedsQueriesDoNotGrowWithStreams() throws Exception {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("closesAt", Duration.ofSeconds(120)));
        List<LiveStream> streams = new ArrayList<>();
        try {
            streams.add(open(s.lotId(), s.seller(), null));
            bid(s, 0, "1000");
            awaitAll(streams, 1);
            Window one = window(s, streams, 1, "1010", 2);

            for (int i = 1; i < 50; i++) {
                streams.add(open(s.lotId(), s.recyclers().get(i % 2), null));
            }
            awaitAll(streams, 2);
            Window fifty = window(s, streams, 0, "1020", 3);

            for (LiveStream stream : streams) {
                assertEquals(List.of("1", "2", "3"), stream.withIds().stream().map(LiveStream.Event::id).toList(),
                        "each event once, in order");
            }
            assertEquals(0, one.streamQueries(), "an open stream reads nothing of its own after it caught up");
            assertEquals(0, fifty.streamQueries(), "fifty open streams read nothing of their own after they caught up");
            assertTrue(one.tailQueries() <= one.ticks() + 1 && fifty.tailQueries() <= fifty.ticks() + 1,
                    "one read per tick whatever the number of streams: " + one + " vs " + fifty);
            assertTrue(one.ticks() >= 10 && fifty.ticks() >= 10);
        } finally {
            for (LiveStream stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    void aStalledStreamDoesNotHoldUpOthersAndResumesFromItsLastId() throws Exception {
        AuctionFixture.Setup s = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(120)));
        try (LiveStream fast = open(s.lotId(), s.seller(), null);
             LiveStream stalled = LiveStream.open(http.baseUrl(), "/api/v1/lots/" + s.lotId() + "/live", s.seller(), null, 4096)) {
            fast.await(x -> !x.events().isEmpty(), WAIT, "the fast stream opens");
            stalled.await(x -> !x.events().isEmpty(), WAIT, "the stalled stream opens");
            stalled.pause();

            // Bursts the fast stream's small buffer takes, until the stalled one's buffers (the socket's and the
            // feed's) are full and the feed gives up on it.
            long behind = feed.stats().fellBehind();
            int sent = 0;
            while (feed.stats().fellBehind() == behind) {
                insertEvents(s.lotId(), sent + 1, sent + 10);
                sent += 10;
                int expected = sent;
                fast.await(x -> x.withIds().size() >= expected, WAIT, "the fast stream keeps up while the other is stalled");
                assertTrue(sent < 20_000, "the stalled stream never fell behind");
            }
            int count = sent;
            assertEquals(sequence(1, count), ids(fast), "every event once, in order");

            stalled.resume();
            stalled.await(LiveStream::ended, WAIT, "the stalled stream is told to reconnect and ends");
            assertTrue(stalled.events().stream().anyMatch(e -> "reconnect".equals(e.name())), "told to reconnect");
            List<Long> first = ids(stalled);
            assertTrue(first.size() < count, "it fell behind: " + first.size());
            assertEquals(sequence(1, first.size()), first, "what it got before falling behind, in order");

            try (LiveStream resumed = LiveStream.open(http.baseUrl(), "/api/v1/lots/" + s.lotId() + "/live", s.seller(),
                    stalled.lastId(), 0)) {
                resumed.await(x -> x.withIds().size() >= count - first.size(), WAIT, "the resumed stream catches up");
                assertEquals(sequence(first.size() + 1, count), ids(resumed), "the rest, from its last id, once each");
            }
        }
    }

    @Test
    void anEventCommittedAfterOneWithAHigherIdStillReachesItsStreams() throws Exception {
        AuctionFixture.Setup a = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(120)));
        AuctionFixture.Setup b = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(120)));
        try (LiveStream onA = open(a.lotId(), a.seller(), null);
             LiveStream onB = open(b.lotId(), b.seller(), null);
             Connection slow = connection()) {
            onA.await(x -> !x.events().isEmpty(), WAIT, "A's stream opens");
            onB.await(x -> !x.events().isEmpty(), WAIT, "B's stream opens");
            awaitCondition(() -> feed.stats().openStreams() >= 2, "the feed counts both streams");

            slow.setAutoCommit(false);
            insert(slow, a.lotId(), 1);            // takes the lower id, commits last
            insertEvents(b.lotId(), 1, 1);         // the higher id, committed and read first
            onB.await(x -> x.withIds().size() == 1, WAIT, "B's event is read");
            slow.commit();
            onA.await(x -> x.withIds().size() == 1, WAIT, "A's event, committed after B's higher id was read");
            assertEquals(List.of(1L), ids(onA));
        }
    }

    @Test
    void aStreamFillsAHoleInItsLotsSequenceWhenTheReaderGaveUpOnAnId() throws Exception {
        AuctionFixture.Setup a = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(120)));
        AuctionFixture.Setup b = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(120)));
        try (LiveStream onA = open(a.lotId(), a.seller(), null);
             LiveStream onB = open(b.lotId(), b.seller(), null);
             Connection slow = connection()) {
            onA.await(x -> !x.events().isEmpty(), WAIT, "A's stream opens");
            onB.await(x -> !x.events().isEmpty(), WAIT, "B's stream opens");

            slow.setAutoCommit(false);
            insert(slow, a.lotId(), 1);
            insertEvents(b.lotId(), 1, 1);
            onB.await(x -> x.withIds().size() == 1, WAIT, "B's event is read");
            awaitCondition(() -> feed.stats().missingIds() > 0, "the reader notes A's id as missing");
            awaitCondition(() -> feed.stats().missingIds() == 0, "the reader gives up on A's id after the wait");
            slow.commit();
            long before = feed.stats().streamQueries();
            insertEvents(a.lotId(), 2, 2);
            onA.await(x -> x.withIds().size() == 2, WAIT, "A's stream gets both events");
            assertEquals(List.of(1L, 2L), ids(onA), "the missed one read from the database before the next");
            assertTrue(feed.stats().streamQueries() > before, "the stream read its lot's missing events");
        }
    }

    @Test
    void aSealedTendersStreamTellsABidWithoutItsAmountOrBidder() throws Exception {
        AuctionFixture.Setup s = fixture.lot(1, Map.of("auctionType", "SEALED", "closesAt", Duration.ofSeconds(120)));
        try (LiveStream stream = open(s.lotId(), s.seller(), null)) {
            stream.await(x -> !x.events().isEmpty(), WAIT, "the stream opens");
            Http.Reply reply = fixture.bid(s.lotId(), s.recyclers().get(0), "1234.5", null);
            assertEquals(201, reply.status(), reply.toString());
            stream.await(x -> x.withIds().size() == 1, WAIT, "the tender's event");
            Map<String, Object> event = http.json().readValue(stream.withIds().get(0).data(), Map.class);
            assertEquals(1, ((Number) event.get("bidCount")).intValue());
            assertTrue(!event.containsKey("currentPrice") && !event.containsKey("leaderLabel"), "no amount, no bidder: " + event);
            assertTrue(!stream.withIds().get(0).data().contains("1234"), stream.withIds().get(0).data());
        }
    }

    @Test
    void anUnknownLotIsA404AndAStreamNeedsASignIn() throws Exception {
        AuctionFixture.Setup s = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(120)));
        try (LiveStream unknown = open(Long.MAX_VALUE - 1, s.seller(), null);
             LiveStream anonymous = LiveStream.open(http.baseUrl(), "/api/v1/lots/" + s.lotId() + "/live", "not-a-token", null, 0)) {
            unknown.await(x -> x.status() != 0, WAIT, "an answer about an unknown lot");
            assertEquals(404, unknown.status());
            anonymous.await(x -> x.status() != 0, WAIT, "an answer without a valid token");
            assertEquals(401, anonymous.status());
        }
    }

    private record Window(long ticks, long tailQueries, long streamQueries) {
    }

    /** The feed's reads while the streams wait, take one bid and deliver it, over at least ten ticks. */
    private Window window(AuctionFixture.Setup s, List<LiveStream> streams, int recycler, String amount, int events)
            throws Exception {
        LiveFeed.Stats before = feed.stats();
        bid(s, recycler, amount);
        awaitAll(streams, events);
        awaitCondition(() -> feed.stats().ticks() >= before.ticks() + 10, "ten ticks pass");
        LiveFeed.Stats after = feed.stats();
        return new Window(after.ticks() - before.ticks(), after.tailQueries() - before.tailQueries(),
                after.streamQueries() - before.streamQueries());
    }

    private void bid(AuctionFixture.Setup s, int recycler, String amount) {
        Http.Reply reply = fixture.bid(s.lotId(), s.recyclers().get(recycler), amount, null);
        assertEquals(201, reply.status(), reply.toString());
    }

    private LiveStream open(long lotId, String token, String lastEventId) throws Exception {
        return LiveStream.open(http.baseUrl(), "/api/v1/lots/" + lotId + "/live", token, lastEventId, 0);
    }

    private static void awaitAll(List<LiveStream> streams, int events) throws InterruptedException {
        for (LiveStream stream : streams) {
            stream.await(x -> x.withIds().size() >= events, WAIT, "every stream gets " + events + " events");
        }
    }

    private static void awaitCondition(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            Thread.sleep(20);
        }
    }

    private static List<Long> ids(LiveStream stream) {
        return stream.withIds().stream().map(e -> Long.parseLong(e.id())).toList();
    }

    private static List<Long> sequence(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(System.getProperty("datasources.default.url"),
                System.getProperty("datasources.default.username"), System.getProperty("datasources.default.password"));
    }

    /** Events written straight into the log, as bids through any instance would write them. */
    private static void insertEvents(long lotId, long from, long to) throws Exception {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            for (long sequence = from; sequence <= to; sequence++) {
                insert(connection, lotId, sequence);
            }
            // The auction row keeps count of its log, as a bid's transaction does; otherwise its close, due later
            // in the suite, would write a sequence that is taken.
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE auction SET sequence = GREATEST(sequence, ?) WHERE lot_id = ?")) {
                statement.setLong(1, to);
                statement.setLong(2, lotId);
                statement.executeUpdate();
            }
            connection.commit();
        }
    }

    private static void insert(Connection connection, long lotId, long sequence) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO auction_event (lot_id, sequence, type, payload, occurred_at) VALUES (?, ?, 'price', ?, UTC_TIMESTAMP(6))")) {
            statement.setLong(1, lotId);
            statement.setLong(2, sequence);
            statement.setString(3, "{\"sequence\":" + sequence + ",\"type\":\"price\",\"currentPrice\":\"" + (1000 + sequence)
                    + ".0000\",\"bidCount\":" + sequence + ",\"closesAt\":\"2030-01-01T00:00:00.000000Z\",\"reserveMet\":false,"
                    + "\"leader\":\"Bidder 1\",\"result\":null,\"occurredAt\":\"2026-01-01T00:00:00.000000Z\"}");
            statement.executeUpdate();
        }
    }
}
