package org.reex.auction;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 §3: bid requests per user, with a small limit of this instance's own. */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.bids.per-user", value = "3")
@Property(name = "reex.limits.bids.period", value = "1h")
class BidLimitTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Test
    void aUserIsRefusedPastTheirBidsAndOthersAreNot() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);
        for (int i = 0; i < 3; i++) {
            Http.Reply reply = fixture.bid(s.lotId(), a, String.valueOf(1000 + 100 * i), null);
            assertNotEquals(429, reply.status(), "bid " + (i + 1) + ": " + reply);
        }
        long stored = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList().size();

        Http.Reply refused = fixture.bid(s.lotId(), a, "5000", null);

        assertEquals(429, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        assertEquals(stored, http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList().size(),
                "the refused bid is not stored");
        assertEquals(201, fixture.bid(s.lotId(), b, "6000", null).status(), "another bidder is not refused");
    }
}
