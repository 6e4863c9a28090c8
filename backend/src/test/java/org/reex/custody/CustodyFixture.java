package org.reex.custody;

import jakarta.inject.Singleton;
import org.reex.licence.Licences;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Awarded lots for the after-award tests, through the public API: a seller, a licensed recycler at the lots' site
 * (a site of its own per call, so no other test's recyclers match), short auctions that the closer awards, and
 * helpers that record custody steps.
 */
@Singleton
public class CustodyFixture {

    private static final AtomicInteger NEXT_SITE = new AtomicInteger();

    private final Http http;
    private final Accounts accounts;
    private final Licences licences;

    public CustodyFixture(Http http, Accounts accounts, Licences licences) {
        this.http = http;
        this.accounts = accounts;
        this.licences = licences;
    }

    /** A lot awarded to {@code winner}, sold by {@code seller}; {@code agency} is an agency user. */
    public record Awarded(long lotId, String seller, String winner, String agency, long licenceId) {
    }

    /** One awarded NdFeB lot of 1000 kg (Nd 0.228, Pr 0.033, Dy 0.012). */
    public Awarded awarded() {
        return awarded(1, "1000", null).get(0);
    }

    /**
     * {@code count} lots of the given gross mass, all sold by one seller and won by one recycler.
     * {@code composition} null means the NdFeB assay of {@link Lots#ndfeb}.
     */
    public List<Awarded> awarded(int count, String grossMassKg, List<Map<String, Object>> composition) {
        double latitude = -30.0;
        double longitude = -175.0 + 3.0 * (NEXT_SITE.getAndIncrement() % 110);
        String agency = accounts.agencyToken();
        String winner = accounts.recyclerAt("Custody site", latitude, longitude + 0.01);
        Map<String, Object> licence = Licences.request(Accounts.unique("C"), Map.of("NDFEB_MAGNET", "100000"), 100,
                Instant.now().plus(Duration.ofDays(365)));
        long licenceId = licences.verified(licence, winner, agency);
        String seller = accounts.tokenFor("MANUFACTURER");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(awardable(seller, winner, grossMassKg, composition, latitude, longitude, i));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<Awarded> awarded = new ArrayList<>();
        for (long lotId : ids) {
            while (true) {
                Object status = http.get("/api/v1/lots/" + lotId, seller).json().get("status");
                if ("AWARDED".equals(status)) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("lot " + lotId + " should be awarded by now; it is " + status);
                }
                pause();
            }
            awarded.add(new Awarded(lotId, seller, winner, agency, licenceId));
        }
        return awarded;
    }

    /**
     * A published lot closing in a few seconds with the winner's bid on it. On a busy machine the close can come
     * before the bid; such a lot closes unsold and another one is made in its place.
     */
    private long awardable(String seller, String winner, String grossMassKg, List<Map<String, Object>> composition,
                           double latitude, double longitude, int i) {
        for (int attempt = 1; ; attempt++) {
            Map<String, Object> body = Lots.ndfeb("Custody magnets " + i);
            body.put("grossMassKg", grossMassKg);
            if (composition != null) {
                body.put("composition", new ArrayList<>(composition));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> location = (Map<String, Object>) body.get("location");
            location.put("latitude", latitude);
            location.put("longitude", longitude);
            location.put("region", "Custody region");
            Http.Reply created = http.post("/api/v1/lots", body, seller);
            if (created.status() != 201) {
                throw new AssertionError("lot creation failed: " + created);
            }
            long lotId = ((Number) created.json().get("id")).longValue();
            Map<String, Object> publish = Lots.publishRequest();
            publish.put("startPrice", "1000");
            publish.put("reservePrice", "1000");
            publish.put("minIncrement", "10");
            publish.put("softCloseSeconds", 0);
            publish.put("closesAt", Instant.now().plusSeconds(3).toString());
            Http.Reply published = http.post("/api/v1/lots/" + lotId + "/publish", publish, seller);
            Http.Reply bid = published.status() != 200 ? published : http.sendWithHeaders("POST",
                    "/api/v1/lots/" + lotId + "/bids", "application/json", "{\"amount\":\"1000\"}", winner,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (bid.status() == 201) {
                return lotId;
            }
            if (attempt == 5) {
                throw new AssertionError("could not get a bid in before the close five times: " + bid);
            }
        }
    }

    public Http.Reply record(long lotId, String token, Map<String, Object> body) {
        return http.post("/api/v1/lots/" + lotId + "/custody", body, token);
    }

    public static Map<String, Object> pickedUp(String shippedKg, String document) {
        Map<String, Object> body = step("PICKED_UP");
        body.put("shippedKg", shippedKg);
        body.put("carrier", "Baotou Haulage");
        body.put("vehiclePlate", "蒙B-12345");
        body.put("transportDocument", document);
        return body;
    }

    public static Map<String, Object> delivered(String document) {
        Map<String, Object> body = step("DELIVERED");
        body.put("transportDocument", document);
        return body;
    }

    public static Map<String, Object> received(String weighedKg) {
        Map<String, Object> body = step("RECEIVED");
        body.put("weighedKg", weighedKg);
        body.put("weighbridgeTicket", "WB-" + UUID.randomUUID().toString().substring(0, 6));
        return body;
    }

    public static Map<String, Object> processed() {
        Map<String, Object> body = step("PROCESSED");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        body.put("processRoute", "HYDROMETALLURGY");
        body.put("startedOn", today.toString());
        body.put("endedOn", today.toString());
        return body;
    }

    public static Map<String, Object> step(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("at", Instant.now().toString());
        return body;
    }

    /** Records every step up to and including {@code last}, with the masses given, and fails on any refusal. */
    public void through(Awarded lot, String last, String shippedKg, String receivedKg) {
        List<Map.Entry<String, Map<String, Object>>> steps = List.of(
                Map.entry(lot.seller(), pickedUp(shippedKg, "CMR-" + lot.lotId())),
                Map.entry(lot.winner(), delivered("CMR-" + lot.lotId())),
                Map.entry(lot.winner(), received(receivedKg)),
                Map.entry(lot.winner(), processed()));
        for (Map.Entry<String, Map<String, Object>> step : steps) {
            step.getValue().put("at", Instant.now().toString());
            Http.Reply reply = record(lot.lotId(), step.getKey(), step.getValue());
            if (reply.status() != 201) {
                throw new AssertionError(step.getValue().get("type") + " failed: " + reply);
            }
            if (step.getValue().get("type").equals(last)) {
                return;
            }
        }
    }

    public void through(Awarded lot, String last) {
        through(lot, last, "1000", "1000");
    }

    /** A recovery report body: process route and lines of (element, recoveredKg), product form OXIDE, purity 99.5. */
    public static Map<String, Object> report(String... elementAndKg) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < elementAndKg.length; i += 2) {
            lines.add(new LinkedHashMap<>(Map.of("element", elementAndKg[i], "recoveredKg", elementAndKg[i + 1],
                    "productForm", "OXIDE", "purityPercent", "99.5")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("processRoute", "HYDROMETALLURGY");
        body.put("lines", lines);
        return body;
    }

    public Http.Reply submitReport(long lotId, String token, Map<String, Object> body) {
        return http.post("/api/v1/lots/" + lotId + "/recovery-report", body, token);
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
