package org.reex.auction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * eBay's reserve rule through the real server (ADR 006): a maximum at or above the hidden reserve takes the price
 * to the reserve at once; a leader's raise that does so is a public price change but no bid. Lots from
 * {@link AuctionFixture}: start 1000, increment 10, reserve 1200.
 */
@MicronautTest(transactional = false)
class ReserveRuleTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Test
    void aMaximumAboveTheReserveShowsTheReserveAsThePriceAndRivalsThenMeetTheProxy() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("closesAt", Duration.ofSeconds(12)));
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);

        Http.Reply first = fixture.bid(s.lotId(), a, "1000", "1500");
        assertEquals(201, first.status(), first.toString());
        assertEquals("LEADING", first.json().get("outcome"));
        assertEquals("1200.0000", auctionIn(first).get("currentPrice"), "the price rose to the reserve at once");
        Map<String, Object> forB = state(s.lotId(), b);
        assertEquals("1200.0000", forB.get("currentPrice"));
        assertEquals(true, forB.get("reserveMet"));
        assertNull(forB.get("reservePrice"), "the reserve itself is still not told");
        assertEquals("1210.0000", forB.get("nextMinimumBid"));
        assertEquals(1, ((Number) forB.get("bidCount")).intValue());
        List<Map<String, Object>> history = http.get("/api/v1/lots/" + s.lotId() + "/bids", b).jsonList();
        assertEquals("1000.0000", history.get(0).get("amount"), "A's bid is stored as it was made");
        assertEquals("1200.0000", history.get(0).get("priceAfter"));

        assertEquals(422, fixture.bid(s.lotId(), b, "1209.9999", null).status(), "the next minimum is the reserve + 10");
        Http.Reply proxied = fixture.bid(s.lotId(), b, "1300", null);
        assertEquals("OUTBID", proxied.json().get("outcome"), "A's maximum of 1500 answers: " + proxied);
        assertEquals("1310.0000", state(s.lotId(), b).get("currentPrice"));
        Http.Reply over = fixture.bid(s.lotId(), b, "1400", "1700");
        assertEquals("LEADING", over.json().get("outcome"), over.toString());
        Map<String, Object> leading = state(s.lotId(), a);
        assertEquals("1510.0000", leading.get("currentPrice"), "A's 1500 + 10, the proxy rule above the reserve");
        assertEquals(false, leading.get("leading"));

        Map<String, Object> closed = await(s.lotId(), s.seller(), st -> st.get("result") != null);
        assertEquals("AWARDED", closed.get("result"));
        assertEquals("1510.0000", closed.get("currentPrice"));
    }

    @Test
    void aLoneMaximumAtTheReserveSellsAtTheReserveInsteadOfClosingWithoutASale() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of("closesAt", Duration.ofSeconds(4)));
        assertEquals(201, fixture.bid(s.lotId(), s.recyclers().get(0), "1000", "1200").status());

        Map<String, Object> closed = await(s.lotId(), s.seller(), st -> st.get("result") != null);

        assertEquals("AWARDED", closed.get("result"));
        assertEquals("1200.0000", closed.get("currentPrice"));
    }

    @Test
    void aLeaderRaisingPastTheReserveLiftsThePriceToItPubliclyButBidsNothing() throws Exception {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("closesAt", Duration.ofSeconds(15)));
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);
        assertEquals(201, fixture.bid(s.lotId(), a, "1000", "1100").status());
        Map<String, Object> before = state(s.lotId(), b);
        assertEquals("1000.0000", before.get("currentPrice"));
        assertEquals(false, before.get("reserveMet"));

        Http.Reply below = fixture.bid(s.lotId(), a, "0.0001", "1199.9999");
        assertEquals("LEADING", below.json().get("outcome"), below.toString());
        Map<String, Object> unchanged = state(s.lotId(), b);
        for (String field : List.of("currentPrice", "reserveMet", "bidCount", "closesAt", "sequence", "nextMinimumBid")) {
            assertEquals(before.get(field), unchanged.get(field), "a raise short of the reserve stays private: " + field);
        }

        Http.Reply lift = fixture.bid(s.lotId(), a, "0.0001", "5000");
        assertEquals(201, lift.status(), lift.toString());
        assertEquals("LEADING", lift.json().get("outcome"));
        assertEquals("1200.0000", auctionIn(lift).get("currentPrice"));
        Map<String, Object> lifted = state(s.lotId(), b);
        assertEquals("1200.0000", lifted.get("currentPrice"), "the price rose to the reserve, not to the maximum");
        assertEquals(true, lifted.get("reserveMet"));
        assertNull(lifted.get("reservePrice"));
        assertEquals(1, ((Number) lifted.get("bidCount")).intValue(), "a raise is no bid");
        assertEquals(((Number) before.get("sequence")).longValue() + 1, ((Number) lifted.get("sequence")).longValue(),
                "one price event");
        assertEquals("5000.0000", state(s.lotId(), a).get("myMaxAmount"));
        assertEquals(List.of("1000.0000"), amounts(s.lotId(), b), "no bid of 0.0001 and no invented bid for others");
        assertEquals(List.of("1000.0000"), amounts(s.lotId(), s.agency()));
        List<Map<String, Object>> own = http.get("/api/v1/lots/" + s.lotId() + "/bids", a).jsonList();
        assertEquals(List.of("1200.0000", "1000.0000", "1000.0000"), own.stream().map(x -> x.get("amount")).toList(),
                "the leader's raises stand at the price they left, never at the amount posted");
        assertEquals("5000.0000", own.get(0).get("maxAmount"));
        assertEquals("1200.0000", own.get(0).get("priceAfter"));

        Http.Reply again = fixture.bid(s.lotId(), a, "0.0001", "6000");
        assertEquals("LEADING", again.json().get("outcome"), again.toString());
        assertEquals(lifted.get("sequence"), state(s.lotId(), b).get("sequence"), "once met, a raise is private again");
        assertEquals("OUTBID", fixture.bid(s.lotId(), b, "1210", null).json().get("outcome"));

        Map<String, Object> closed = await(s.lotId(), s.seller(), st -> st.get("result") != null);
        assertEquals("AWARDED", closed.get("result"));
        assertEquals("1220.0000", closed.get("currentPrice"));
        List<Map<String, Object>> events = events(s.lotId(), b);
        assertEquals(List.of("price", "price", "price", "closed"), events.stream().map(e -> e.get("type")).toList(),
                "the lift is one price event and the private raises none: " + events);
        assertEquals(List.of("1000.0000", "1200.0000", "1220.0000", "1220.0000"),
                events.stream().map(e -> e.get("currentPrice")).toList(), "prices never fall");
        assertEquals(List.of(false, true, true, true), events.stream().map(e -> e.get("reserveMet")).toList());
        assertEquals(List.of(1, 1, 2, 2), events.stream().map(e -> ((Number) e.get("bidCount")).intValue()).toList());
    }

    @Test
    void aLiftInTheSoftCloseWindowExtendsTheCloseLikeABidWhileAPrivateRaiseDoesNot() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of("closesAt", Duration.ofSeconds(60), "softCloseSeconds", 300));
        String a = s.recyclers().get(0);
        assertEquals(201, fixture.bid(s.lotId(), a, "1000", "1100").status());
        Map<String, Object> before = state(s.lotId(), s.seller());
        assertEquals(true, before.get("extended"), "the first bid was in the window");

        assertEquals(201, fixture.bid(s.lotId(), a, "0.0001", "1150").status());
        assertEquals(before.get("closesAt"), state(s.lotId(), s.seller()).get("closesAt"), "a private raise moves nothing");

        Http.Reply lift = fixture.bid(s.lotId(), a, "0.0001", "1300");
        assertEquals(201, lift.status(), lift.toString());
        Map<String, Object> after = state(s.lotId(), s.seller());
        assertTrue(Instant.parse((String) after.get("closesAt")).isAfter(Instant.parse((String) before.get("closesAt"))),
                "the public price change reopens the window: " + before.get("closesAt") + " -> " + after.get("closesAt"));
        assertEquals(((Number) before.get("sequence")).longValue() + 2, ((Number) after.get("sequence")).longValue(),
                "a price event and an extended event");
        assertEquals("1200.0000", after.get("currentPrice"));
        assertEquals(1, ((Number) after.get("bidCount")).intValue());
    }

    @Test
    void aSealedTenderPaysItsOwnAmountAndTheReserveMovesNothing() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of("auctionType", "SEALED", "closesAt", Duration.ofSeconds(4)));
        assertEquals("SEALED", fixture.bid(s.lotId(), s.recyclers().get(0), "1500", null).json().get("outcome"));
        Map<String, Object> open = state(s.lotId(), s.recyclers().get(1));
        assertNull(open.get("currentPrice"), "a tender's price is nobody's before the close");
        assertEquals(false, open.get("reserveMet"), "nor whether it meets the reserve");
        assertEquals("1000.0000", open.get("nextMinimumBid"), "a tender still takes any bid from the start price");
        assertEquals("SEALED", fixture.bid(s.lotId(), s.recyclers().get(1), "1100", null).json().get("outcome"));

        Map<String, Object> closed = await(s.lotId(), s.seller(), st -> st.get("result") != null);
        assertEquals("AWARDED", closed.get("result"));
        assertEquals("1500.0000", closed.get("currentPrice"), "the highest amount, not the reserve");
    }

    private Map<String, Object> state(long lotId, String token) {
        return http.get("/api/v1/lots/" + lotId + "/auction", token).json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> auctionIn(Http.Reply bid) {
        return (Map<String, Object>) bid.json().get("auction");
    }

    private List<Object> amounts(long lotId, String token) {
        return http.get("/api/v1/lots/" + lotId + "/bids", token).jsonList().stream().map(x -> x.get("amount")).toList();
    }

    /** Every event of a closed lot's stream, from the start (the stream ends after its `closed` event). */
    private List<Map<String, Object>> events(long lotId, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/lots/" + lotId + "/live"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            CompletableFuture<List<Map<String, Object>>> read = CompletableFuture.supplyAsync(() -> {
                List<Map<String, Object>> events = new ArrayList<>();
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String id = null;
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).trim();
                        } else if (line.startsWith("data:") && id != null) {
                            events.add(http.json().readValue(line.substring(5).trim(), Map.class));
                        } else if (line.isEmpty()) {
                            id = null;
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return events;
            });
            return read.get(20, TimeUnit.SECONDS);
        }
    }

    private Map<String, Object> await(long lotId, String token, Predicate<Map<String, Object>> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (true) {
            Map<String, Object> state = state(lotId, token);
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
}
