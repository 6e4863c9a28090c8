package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.Db;
import org.reex.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An auction whose close fails does not hold up the others: it is rolled back alone and the rest close on time.
 * The failure is made the way it happened in the test suite: an event already in the log under the sequence the
 * close would write next.
 */
@MicronautTest(transactional = false)
class ClosingIsolationTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Test
    void anAuctionThatCannotCloseLeavesTheOthersToCloseOnTime() throws Exception {
        // The broken one falls due first (or in the same round): before the fix its failure took the sound one's
        // close down with it, round after round.
        AuctionFixture.Setup broken = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(20)));
        AuctionFixture.Setup sound = fixture.lot(0, Map.of("closesAt", Duration.ofSeconds(20)));
        long next = Db.count("SELECT sequence FROM auction WHERE lot_id = ?", broken.lotId()) + 1;
        Db.update("INSERT INTO auction_event (lot_id, sequence, type, payload, occurred_at) "
                + "VALUES (?, ?, 'price', '{}', UTC_TIMESTAMP(6))", broken.lotId(), next);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM auction WHERE lot_id = ? AND status = 'OPEN' "
                + "AND closes_at > UTC_TIMESTAMP(6)", broken.lotId()), "set up before the broken auction fell due");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"CLOSED".equals(status(sound)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertEquals("CLOSED", status(sound), "the sound auction closes although another due one fails");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM auction_event WHERE lot_id = ? AND type = 'closed'",
                sound.lotId()));
        assertEquals("OPEN", status(broken), "the failing close is rolled back, not half done");
        assertEquals("OPEN", http.get("/api/v1/lots/" + broken.lotId(), broken.seller()).json().get("status"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM auction_event WHERE lot_id = ? AND type = 'closed'",
                broken.lotId()));

        // Mended, it closes on the closer's next round.
        Db.update("DELETE FROM auction_event WHERE lot_id = ? AND sequence = ?", broken.lotId(), next);
        Instant mended = Instant.now().plus(Duration.ofSeconds(60));
        while (!"CLOSED".equals(status(broken)) && Instant.now().isBefore(mended)) {
            Thread.sleep(100);
        }
        assertEquals("CLOSED", status(broken));
    }

    /** The auction row's status: the view says CLOSED as soon as the time has passed, the row once it is closed. */
    private static String status(AuctionFixture.Setup setup) {
        return (String) Db.rows("SELECT status FROM auction WHERE lot_id = ?", setup.lotId()).get(0).get("status");
    }
}
