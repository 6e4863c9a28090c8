package org.reex.auction;

import jakarta.inject.Singleton;
import org.reex.licence.Licences;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lot at a site of its own (see MatchingControllerTest) with a seller and any number of matched, licensed
 * recyclers, for auction tests.
 */
@Singleton
public class AuctionFixture {

    /** The hidden reserve of every lot unless overridden; the start price is 1000, the increment 10. */
    public static final String RESERVE = "1200";

    private static final AtomicInteger NEXT_SITE = new AtomicInteger();

    private final Http http;
    private final Accounts accounts;
    private final Lots lots;
    private final Licences licences;

    public AuctionFixture(Http http, Accounts accounts, Lots lots, Licences licences) {
        this.http = http;
        this.accounts = accounts;
        this.lots = lots;
        this.licences = licences;
    }

    public record Setup(long lotId, String seller, List<String> recyclers, String agency) {
    }

    public Setup lot(int recyclers, Map<String, Object> publishOverrides) {
        double latitude = -40.0;
        double longitude = -175.0 + 5.0 * (NEXT_SITE.getAndIncrement() % 70);
        String agency = accounts.agencyToken();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < recyclers; i++) {
            String token = accounts.recyclerAt("Bidding site", latitude, longitude + 0.01 * i);
            Map<String, Object> licence = Licences.ndfeb(Accounts.unique("B"));
            licence.put("maxHaulKm", 100);
            licences.verified(licence, token, agency);
            tokens.add(token);
        }
        String seller = accounts.tokenFor("MANUFACTURER");
        Map<String, Object> body = Lots.ndfeb("Auctioned magnets");
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) body.get("location");
        location.put("latitude", latitude);
        location.put("longitude", longitude);
        long lotId = lots.create(body, seller);
        Map<String, Object> publish = Lots.publishRequest();
        publish.put("startPrice", "1000");
        publish.put("reservePrice", RESERVE);
        publish.put("minIncrement", "10");
        publish.put("softCloseSeconds", 0);
        publish.putAll(publishOverrides);
        // A Duration is "from now", counted after the slow part of the setup, so a busy machine can't make it past.
        publish.replaceAll((key, value) -> value instanceof java.time.Duration d ? Instant.now().plus(d).toString() : value);
        Http.Reply published = http.post("/api/v1/lots/" + lotId + "/publish", publish, seller);
        if (published.status() != 200) {
            throw new AssertionError("publishing failed: " + published);
        }
        return new Setup(lotId, seller, tokens, agency);
    }

    public Http.Reply bid(long lotId, String token, String amount, String max) {
        return bid(lotId, token, amount, max, UUID.randomUUID().toString());
    }

    public Http.Reply bid(long lotId, String token, String amount, String max, String key) {
        String body = max == null ? "{\"amount\":\"" + amount + "\"}" : "{\"amount\":\"" + amount + "\",\"maxAmount\":\"" + max + "\"}";
        return http.sendWithHeaders("POST", "/api/v1/lots/" + lotId + "/bids", "application/json", body, token,
                Map.of("Idempotency-Key", key));
    }

    /** A bid through another instance of the app. */
    public Http.Reply bidThrough(Http instance, long lotId, String token, String amount) {
        return instance.sendWithHeaders("POST", "/api/v1/lots/" + lotId + "/bids", "application/json",
                "{\"amount\":\"" + amount + "\"}", token, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    public static Instant in(int seconds) {
        return Instant.now().plusSeconds(seconds);
    }
}
