package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class BiddingControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    AuctionFixture fixture;

    @Test
    void bidsFollowTheIncrementAndProxyRules() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);

        Http.Reply low = fixture.bid(s.lotId(), a, "999.99", null);
        assertEquals(422, low.status(), low.toString());
        assertEquals(List.of("amount"), low.invalidParamNames());
        // A's maximum stays below the reserve of 1200, so the proxy rule alone sets the price (ReserveRuleTest: above it).
        Http.Reply first = fixture.bid(s.lotId(), a, "1000", "1150");
        assertEquals(201, first.status(), first.toString());
        assertEquals("LEADING", first.json().get("outcome"));
        Http.Reply second = fixture.bid(s.lotId(), b, "1100", null);
        assertEquals("OUTBID", second.json().get("outcome"), "A's maximum beats 1100 at once");

        Map<String, Object> forA = http.get("/api/v1/lots/" + s.lotId() + "/auction", a).json();
        Map<String, Object> forB = http.get("/api/v1/lots/" + s.lotId() + "/auction", b).json();
        assertEquals("1110.0000", forA.get("currentPrice"));
        assertEquals(true, forA.get("leading"));
        assertEquals(false, forB.get("leading"));
        assertEquals("1120.0000", forB.get("nextMinimumBid"));
        assertEquals(false, forB.get("reserveMet"), "1110 is below the reserve of 1200");
        assertNull(forB.get("reservePrice"));
        assertEquals(2, ((Number) forB.get("bidCount")).intValue());
        assertEquals("1150.0000", forA.get("myMaxAmount"));
        assertEquals("1100.0000", forB.get("myMaxAmount"), "without a maximum, the bidder's own highest amount");
        assertNull(http.get("/api/v1/lots/" + s.lotId() + "/auction", s.seller()).json().get("myMaxAmount"));
    }

    @Test
    void closingTimesKeepTheirMicrosecondsFromPublishToBidToState() {
        Instant closes = Instant.now().plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(684_641_000);
        AuctionFixture.Setup s = fixture.lot(1, Map.of("closesAt", closes.toString(), "softCloseSeconds", 120));
        Map<String, Object> before = http.get("/api/v1/lots/" + s.lotId() + "/auction", s.seller()).json();
        assertEquals(closes, Instant.parse((String) before.get("closesAt")), "published close, as stored");

        Http.Reply bid = fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null);
        assertEquals(201, bid.status(), bid.toString());
        @SuppressWarnings("unchecked")
        Instant advertised = Instant.parse((String) ((Map<String, Object>) bid.json().get("auction")).get("closesAt"));
        assertTrue(advertised.isAfter(closes), "the bid in the soft-close window extended the close: " + advertised);
        Map<String, Object> after = http.get("/api/v1/lots/" + s.lotId() + "/auction", s.seller()).json();
        assertEquals(advertised, Instant.parse((String) after.get("closesAt")), "the advertised close is the stored one");
    }

    @Test
    void aLeaderRaisingItsMaximumIsNoBidInPublic() {
        // A reserve at the start price is met from the first bid, so the raise cannot lift the price to it (a raise
        // that does is ReserveRuleTest's).
        AuctionFixture.Setup s = fixture.lot(2, Map.of("reservePrice", "1000"));
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);
        assertEquals(201, fixture.bid(s.lotId(), a, "1000", "1100").status());
        Map<String, Object> before = http.get("/api/v1/lots/" + s.lotId() + "/auction", b).json();

        Http.Reply raise = fixture.bid(s.lotId(), a, "0.0001", "5000");
        assertEquals(201, raise.status(), raise.toString());
        assertEquals("LEADING", raise.json().get("outcome"));
        Map<String, Object> forA = http.get("/api/v1/lots/" + s.lotId() + "/auction", a).json();
        Map<String, Object> forB = http.get("/api/v1/lots/" + s.lotId() + "/auction", b).json();
        assertEquals("5000.0000", forA.get("myMaxAmount"), "the leader's new maximum");
        for (String field : List.of("currentPrice", "bidCount", "closesAt", "sequence", "nextMinimumBid")) {
            assertEquals(before.get(field), forB.get(field), field + " is unchanged for everyone else");
        }
        assertEquals(List.of("1000.0000"), amounts(http.get("/api/v1/lots/" + s.lotId() + "/bids", b)), "no bid of 0.0001");
        assertEquals(List.of("1000.0000"), amounts(http.get("/api/v1/lots/" + s.lotId() + "/bids", s.seller())));
        List<Map<String, Object>> own = http.get("/api/v1/lots/" + s.lotId() + "/bids", a).jsonList();
        assertEquals(2, own.size(), "the leader sees its raise: " + own);
        assertEquals("1000.0000", own.get(0).get("amount"), "at the price it stands at, not 0.0001");
        assertEquals("5000.0000", own.get(0).get("maxAmount"));
        assertEquals("LEADING", own.get(0).get("outcome"));

        Http.Reply outbid = fixture.bid(s.lotId(), b, "1500", null);
        assertEquals("OUTBID", outbid.json().get("outcome"), "the raised maximum holds: " + outbid);
        Map<String, Object> after = http.get("/api/v1/lots/" + s.lotId() + "/auction", b).json();
        assertEquals("1510.0000", after.get("currentPrice"));
        assertEquals(2, ((Number) after.get("bidCount")).intValue(), "the raise never counted");
    }

    private static List<Object> amounts(Http.Reply history) {
        return history.jsonList().stream().map(bid -> bid.get("amount")).toList();
    }

    @Test
    void otherBiddersAreNumberedAndOnlyTheBidderSeesItsMaximum() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        fixture.bid(s.lotId(), s.recyclers().get(0), "1000", "2000");
        assertEquals("OUTBID", fixture.bid(s.lotId(), s.recyclers().get(1), "1250", null).json().get("outcome"),
                "above the reserve of 1200 that A's maximum took the price to");

        List<Map<String, Object>> asB = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.recyclers().get(1)).jsonList();
        List<Map<String, Object>> asSeller = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.seller()).jsonList();
        List<Map<String, Object>> asAgency = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList();

        assertEquals(List.of("Bidder 2", "Bidder 1"), asB.stream().map(x -> x.get("bidderLabel")).toList(), "newest first");
        assertNull(asB.get(1).get("maxAmount"), "B never sees A's maximum");
        assertEquals(true, asB.get(0).get("mine"));
        assertEquals(List.of("Bidder 2", "Bidder 1"), asSeller.stream().map(x -> x.get("bidderLabel")).toList(),
                "the seller learns names only after the close");
        assertFalse(asAgency.get(0).get("bidderLabel").toString().startsWith("Bidder"), "agencies always see names");
        assertNull(asAgency.get(1).get("maxAmount"));
    }

    @Test
    void theSameKeyGivesTheFirstAnswerAndAnotherBodyIsRefused() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        String key = "retry-" + Accounts.unique("k");

        Http.Reply first = fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null, key);
        Http.Reply again = fixture.bid(s.lotId(), s.recyclers().get(0), "1000.0000", null, key);
        Http.Reply other = fixture.bid(s.lotId(), s.recyclers().get(0), "1500", null, key);

        assertEquals(201, first.status());
        assertEquals(201, again.status());
        assertEquals(first.json().get("bidId"), again.json().get("bidId"));
        assertEquals(422, other.status());
        assertEquals(1, http.get("/api/v1/lots/" + s.lotId() + "/bids", s.seller()).jsonList().size());
        assertEquals(400, http.post("/api/v1/lots/" + s.lotId() + "/bids", "{\"amount\":\"1200\"}", s.recyclers().get(0)).status(),
                "the Idempotency-Key header is required");
    }

    @Test
    void onlyMatchedRecyclersBid() {
        AuctionFixture.Setup s = fixture.lot(0, Map.of());
        String unlicensed = accounts.tokenFor("RECYCLER");

        Http.Reply refused = fixture.bid(s.lotId(), unlicensed, "1000", null);

        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(403, fixture.bid(s.lotId(), s.seller(), "1000", null).status());
        assertEquals(0, ((Number) http.get("/api/v1/lots/" + s.lotId() + "/auction", s.seller()).json().get("bidCount")).intValue());
    }

    @Test
    void aBidInTheSoftCloseWindowPushesTheClose() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of("closesAt", java.time.Duration.ofSeconds(20), "softCloseSeconds", 60));
        Instant before = Instant.parse((String) http.get("/api/v1/lots/" + s.lotId() + "/auction", s.seller()).json().get("closesAt"));

        Http.Reply bid = fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null);

        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) bid.json().get("auction");
        Instant after = Instant.parse((String) state.get("closesAt"));
        assertTrue(after.isAfter(before.plusSeconds(30)), before + " -> " + after);
        assertEquals(true, state.get("extended"));
    }

    @Test
    void theCloserAwardsTheLeaderWhenTheReserveIsMetAndTellsEveryone() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("closesAt", java.time.Duration.ofSeconds(3)));
        assertEquals(201, fixture.bid(s.lotId(), s.recyclers().get(0), "1000", "1300").status());
        assertEquals("OUTBID", fixture.bid(s.lotId(), s.recyclers().get(1), "1250", null).json().get("outcome"),
                "A's maximum took the price to the reserve of 1200 at once; B's 1250 is met by the proxy");

        Map<String, Object> closed = await(s.lotId(), s.seller(), st -> st.get("result") != null);

        assertEquals("AWARDED", closed.get("result"));
        assertEquals("1260.0000", closed.get("currentPrice"));
        assertTrue(closed.get("winnerName") != null);
        assertEquals("AWARDED", http.get("/api/v1/lots/" + s.lotId(), s.seller()).json().get("status"));
        assertEquals(true, http.get("/api/v1/lots/" + s.lotId() + "/auction", s.recyclers().get(0)).json().get("leading"));
        assertEquals(409, fixture.bid(s.lotId(), s.recyclers().get(1), "5000", null).status(), "no bid after the close");
        assertEquals(List.of("AUCTION_WON"), types(s.recyclers().get(0), "AUCTION_"));
        assertEquals(List.of("AUCTION_LOST"), types(s.recyclers().get(1), "AUCTION_"));
        assertEquals(List.of("AUCTION_CLOSED"), types(s.seller(), "AUCTION_"));
        List<Map<String, Object>> sellerView = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.seller()).jsonList();
        assertFalse(sellerView.get(0).get("bidderLabel").toString().startsWith("Bidder"), "names after the close");
        assertEquals(409, http.post("/api/v1/lots/" + s.lotId() + "/cancel", "", s.seller()).status());
    }

    @Test
    void belowTheReserveThereIsNoSale() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of("closesAt", java.time.Duration.ofSeconds(3)));
        fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null);

        Map<String, Object> closed = await(s.lotId(), s.seller(), st -> st.get("result") != null);

        assertEquals("NO_SALE", closed.get("result"));
        assertEquals("NO_SALE", http.get("/api/v1/lots/" + s.lotId(), s.seller()).json().get("status"));
        assertEquals(false, http.get("/api/v1/lots/" + s.lotId() + "/auction", s.recyclers().get(0)).json().get("leading"));
    }

    @Test
    void aLotWithBidsCannotBeCancelled() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null);

        assertEquals(409, http.post("/api/v1/lots/" + s.lotId() + "/cancel", "", s.seller()).status());
        assertEquals("OPEN", http.get("/api/v1/lots/" + s.lotId(), s.seller()).json().get("status"));
    }

    @Test
    void sealedPriceStaysHiddenFromEveryoneUntilTheCloseWhileAgenciesSeeTheBidsAmounts() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("auctionType", "SEALED", "closesAt", java.time.Duration.ofSeconds(4)));
        assertEquals("SEALED", fixture.bid(s.lotId(), s.recyclers().get(0), "1250", null).json().get("outcome"));
        assertEquals(400, fixture.bid(s.lotId(), s.recyclers().get(1), "1300", "1400").status(), "no proxy in a tender");
        fixture.bid(s.lotId(), s.recyclers().get(1), "1300", null);

        Map<String, Object> asA = http.get("/api/v1/lots/" + s.lotId() + "/auction", s.recyclers().get(0)).json();
        List<Map<String, Object>> historyA = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.recyclers().get(0)).jsonList();
        assertNull(asA.get("currentPrice"));
        assertEquals(false, asA.get("leading"));
        assertNull(historyA.get(0).get("amount"), "B's amount is hidden from A");
        assertEquals("1250.0000", historyA.get(1).get("amount"), "A sees its own");
        Map<String, Object> asAgency = http.get("/api/v1/lots/" + s.lotId() + "/auction", s.agency()).json();
        assertNull(asAgency.get("currentPrice"), "no price before the close, to agencies neither (the spec's rule)");
        assertEquals(false, asAgency.get("reserveMet"));
        List<Map<String, Object>> historyAgency = http.get("/api/v1/lots/" + s.lotId() + "/bids", s.agency()).jsonList();
        assertEquals(List.of("1300.0000", "1250.0000"), historyAgency.stream().map(b -> b.get("amount")).toList(),
                "agencies oversee the amounts bid");

        Map<String, Object> closed = await(s.lotId(), s.recyclers().get(0), st -> st.get("result") != null);
        assertEquals("AWARDED", closed.get("result"));
        assertEquals("1300.0000", closed.get("currentPrice"));
        assertEquals(true, http.get("/api/v1/lots/" + s.lotId() + "/auction", s.recyclers().get(1)).json().get("leading"));
    }

    private Map<String, Object> await(long lotId, String token, Predicate<Map<String, Object>> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<String, Object> state = http.get("/api/v1/lots/" + lotId + "/auction", token).json();
            if (condition.test(state)) {
                return state;
            }
            assertTrue(Instant.now().isBefore(deadline), "condition not reached: " + state);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> types(String token, String prefix) {
        return ((List<Map<String, Object>>) http.get("/api/v1/notifications", token).json().get("items")).stream()
                .map(n -> n.get("type")).filter(t -> t.toString().startsWith(prefix)).toList();
    }
}
