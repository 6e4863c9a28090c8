package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.licence.Licences;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13: outbid notices, "my bids", the watch list, eligibility up front and the auction figures on lot lists. */
@MicronautTest(transactional = false)
class TradingControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Licences licences;

    @Inject
    AuctionFixture fixture;

    @Test
    void aBidderIsToldOnceThatItWasOutbidUntilItLeadsAgain() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);

        assertEquals(201, fixture.bid(s.lotId(), a, "1000", null).status());
        assertEquals(List.of(), outbid(a), "leading is no news");
        fixture.bid(s.lotId(), b, "1100", "1500");
        assertEquals(1, outbid(a).size(), "A lost the lead");
        fixture.bid(s.lotId(), b, "1200", "1600");
        // B's maximum took the price to the reserve of 1200 at once, so A's next proxied-out bid is above it.
        assertEquals("OUTBID", fixture.bid(s.lotId(), a, "1250", null).json().get("outcome"));
        assertEquals("OUTBID", fixture.bid(s.lotId(), a, "1300", null).json().get("outcome"));
        assertEquals(1, outbid(a).size(), "B raising its maximum and A's proxied-out bids tell A nothing new");
        assertEquals(List.of(), outbid(b), "B has led throughout");

        assertEquals("LEADING", fixture.bid(s.lotId(), a, "1700", null).json().get("outcome"));
        assertEquals(1, outbid(b).size(), "now B lost the lead");
        fixture.bid(s.lotId(), b, "1800", null);
        List<Map<String, Object>> notices = outbid(a);
        assertEquals(2, notices.size(), "A led again, so losing the lead again is news again");
        @SuppressWarnings("unchecked")
        Map<String, String> params = (Map<String, String>) notices.get(0).get("params");
        assertEquals(String.valueOf(s.lotId()), params.get("lotId"));
        assertEquals("1800.0000", params.get("price"));
        assertEquals("CNY", params.get("currency"));
        assertEquals("Auctioned magnets", params.get("lotTitle"));
        assertEquals(((Number) notices.get(0).get("lotId")).longValue(), s.lotId());
    }

    @Test
    void theAuctionSaysUpFrontWhetherTheCallerMayBidAndWhyNot() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        Map<String, Object> eligible = state(s.lotId(), s.recyclers().get(0));
        assertEquals(true, eligible.get("mayBid"));
        assertNull(eligible.get("bidRefusal"));

        Map<String, Object> seller = state(s.lotId(), s.seller());
        assertEquals(false, seller.get("mayBid"));
        assertEquals("NOT_A_RECYCLER", refusal(seller).get("code"));
        assertEquals("NO_LICENCE", refusal(state(s.lotId(), accounts.tokenFor("RECYCLER"))).get("code"));

        // About 425 km from the lot (5 degrees of longitude at 40° S), with a 100 km haul limit.
        Map<String, Object> lot = http.get("/api/v1/lots/" + s.lotId(), s.seller()).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) lot.get("location");
        String far = accounts.recyclerAt("Far site", ((Number) location.get("latitude")).doubleValue(),
                ((Number) location.get("longitude")).doubleValue() + 5);
        Map<String, Object> licence = Licences.ndfeb(Accounts.unique("F"));
        licence.put("maxHaulKm", 100);
        licences.verified(licence, far, s.agency());
        Map<String, Object> tooFar = refusal(state(s.lotId(), far));
        assertEquals("TOO_FAR", tooFar.get("code"));
        @SuppressWarnings("unchecked")
        Map<String, String> params = (Map<String, String>) tooFar.get("params");
        assertEquals("100", params.get("maxHaulKm"));
        long km = Long.parseLong(params.get("distanceKm"));
        assertTrue(km > 400 && km < 450, params.toString());
        assertEquals(403, fixture.bid(s.lotId(), far, "1000", null).status(), "the bid is judged by the same rule");

        @SuppressWarnings("unchecked")
        Map<String, Object> afterBid = (Map<String, Object>) fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null)
                .json().get("auction");
        assertEquals(true, afterBid.get("mayBid"));
    }

    @Test
    void myBidsListsWhereTheRecyclerStandsOnEachLotItBidOnOrWatches() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        AuctionFixture.Setup other = fixture.lot(0, Map.of());
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);

        assertEquals(List.of(), items(a, ""));
        fixture.bid(s.lotId(), a, "1000", "1200");
        assertEquals(204, http.send("PUT", "/api/v1/lots/" + other.lotId() + "/watch", null, null, a).status());
        assertEquals(204, http.send("PUT", "/api/v1/lots/" + other.lotId() + "/watch", null, null, a).status(),
                "watching twice is watching once");

        List<Map<String, Object>> mine = items(a, "");
        assertEquals(List.of(other.lotId(), s.lotId()), mine.stream().map(TradingControllerTest::lotId).toList(),
                "newest lot first");
        assertEquals("WATCHING", mine.get(0).get("standing"));
        assertEquals(true, mine.get(0).get("watching"));
        assertNull(mine.get(0).get("myMaxAmount"));
        Map<String, Object> bidOn = mine.get(1);
        assertEquals("LEADING", bidOn.get("standing"));
        assertEquals("1200.0000", bidOn.get("myMaxAmount"));
        assertEquals("1200.0000", bidOn.get("currentPrice"), "a maximum at the reserve takes the price to it");
        assertEquals("1210.0000", bidOn.get("nextMinimumBid"));
        assertEquals(1, ((Number) bidOn.get("bidCount")).intValue());
        assertEquals("OPEN", bidOn.get("auctionStatus"));
        assertEquals(false, bidOn.get("watching"));

        fixture.bid(s.lotId(), b, "1300", null);
        assertEquals("OUTBID", items(a, "").get(1).get("standing"));
        assertEquals(2, items(a, "?status=ACTIVE").size());
        assertEquals(List.of(), items(a, "?status=WON"));

        assertEquals(204, http.send("DELETE", "/api/v1/lots/" + other.lotId() + "/watch", null, null, a).status());
        assertEquals(204, http.send("DELETE", "/api/v1/lots/" + other.lotId() + "/watch", null, null, a).status());
        assertEquals(List.of(s.lotId()), items(a, "").stream().map(TradingControllerTest::lotId).toList());
        assertEquals(List.of(), items(s.recyclers().get(1), "?status=LOST"));
    }

    @Test
    void wonAndLostLotsAreFilteredAfterTheClose() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("closesAt", Duration.ofSeconds(3)));
        fixture.bid(s.lotId(), s.recyclers().get(0), "1000", null);
        fixture.bid(s.lotId(), s.recyclers().get(1), "1300", null);
        awaitAwarded(s);

        List<Map<String, Object>> won = items(s.recyclers().get(1), "?status=WON");
        assertEquals(List.of(s.lotId()), won.stream().map(TradingControllerTest::lotId).toList());
        assertEquals("WON", won.get(0).get("standing"));
        assertEquals("CLOSED", won.get(0).get("auctionStatus"));
        List<Map<String, Object>> lost = items(s.recyclers().get(0), "?status=LOST");
        assertEquals(List.of(s.lotId()), lost.stream().map(TradingControllerTest::lotId).toList());
        assertEquals("LOST", lost.get(0).get("standing"));
        assertEquals(List.of(), items(s.recyclers().get(0), "?status=ACTIVE"));
        assertEquals(List.of(), items(s.recyclers().get(0), "?status=WON"));

        Map<String, Object> sellers = lotInList("/api/v1/lots?scope=MINE&limit=200", s.seller(), s.lotId());
        assertEquals("1300.0000", sellers.get("currentPrice"));
        assertEquals(2, ((Number) sellers.get("bidCount")).intValue());
        assertEquals("CNY", sellers.get("currency"));
        assertTrue(sellers.get("winnerName") != null, "the seller sees its buyer");
        Map<String, Object> market = lotInList("/api/v1/lots?status=AWARDED&limit=200", s.recyclers().get(0), s.lotId());
        assertEquals("1300.0000", market.get("currentPrice"));
        assertNull(market.get("winnerName"), "other recyclers do not learn the buyer from the market list");
    }

    @Test
    void onlyRecyclersHaveBidsAndWatchListsAndOnlyPublishedLotsAreWatched() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        assertEquals(403, http.get("/api/v1/bids/mine", s.seller()).status());
        assertEquals(403, http.get("/api/v1/bids/mine", s.agency()).status());
        assertEquals(401, http.get("/api/v1/bids/mine", null).status());
        assertEquals(403, http.send("PUT", "/api/v1/lots/" + s.lotId() + "/watch", null, null, s.seller()).status());
        assertEquals(404, http.send("PUT", "/api/v1/lots/999999999/watch", null, null, s.recyclers().get(0)).status());
        assertEquals(400, http.get("/api/v1/bids/mine?status=SOMETIME", s.recyclers().get(0)).status());
    }

    @Test
    void marketListsCarryTheAuctionFiguresAndHideASealedPriceUntilTheClose() {
        AuctionFixture.Setup english = fixture.lot(1, Map.of());
        fixture.bid(english.lotId(), english.recyclers().get(0), "1000", null);
        Map<String, Object> row = lotInList("/api/v1/lots?status=OPEN&limit=200&sort=NEWEST", english.recyclers().get(0),
                english.lotId());
        assertEquals("1000.0000", row.get("currentPrice"));
        assertEquals(1, ((Number) row.get("bidCount")).intValue());

        AuctionFixture.Setup sealed = fixture.lot(1, Map.of("auctionType", "SEALED"));
        fixture.bid(sealed.lotId(), sealed.recyclers().get(0), "1500", null);
        Map<String, Object> sealedRow = lotInList("/api/v1/lots?status=OPEN&limit=200&sort=NEWEST",
                sealed.recyclers().get(0), sealed.lotId());
        assertNull(sealedRow.get("currentPrice"));
        assertEquals(1, ((Number) sealedRow.get("bidCount")).intValue());
        assertEquals("SUBMITTED", items(sealed.recyclers().get(0), "").get(0).get("standing"));
        assertNull(items(sealed.recyclers().get(0), "").get(0).get("currentPrice"));
    }

    private Map<String, Object> lotInList(String path, String token, long lotId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get(path, token).json().get("items");
        return items.stream().filter(i -> lotId(Map.of("lot", i)) == lotId).findFirst()
                .orElseThrow(() -> new AssertionError("lot " + lotId + " not in " + path));
    }

    private void awaitAwarded(AuctionFixture.Setup s) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Objects.equals("AWARDED", http.get("/api/v1/lots/" + s.lotId() + "/auction", s.seller()).json().get("result"))) {
            assertTrue(Instant.now().isBefore(deadline), "the auction did not close");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static long lotId(Map<String, Object> item) {
        return ((Number) ((Map<String, Object>) item.get("lot")).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String token, String query) {
        Http.Reply reply = http.get("/api/v1/bids/mine" + query, token);
        assertEquals(200, reply.status(), reply.toString());
        assertFalse(reply.json().get("serverTime") == null);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    private Map<String, Object> state(long lotId, String token) {
        return http.get("/api/v1/lots/" + lotId + "/auction", token).json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> refusal(Map<String, Object> state) {
        assertEquals(false, state.get("mayBid"), state.toString());
        return (Map<String, Object>) state.get("bidRefusal");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbid(String token) {
        return ((List<Map<String, Object>>) http.get("/api/v1/notifications", token).json().get("items")).stream()
                .filter(n -> "OUTBID".equals(n.get("type"))).toList();
    }
}
