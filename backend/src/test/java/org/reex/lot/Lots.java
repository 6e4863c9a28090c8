package org.reex.lot;

import jakarta.inject.Singleton;
import org.reex.testing.Http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds lot requests and drives lots through the public API for tests. */
@Singleton
public class Lots {

    private final Http http;

    public Lots(Http http) {
        this.http = http;
    }

    public static Map<String, Object> request(String title, String category, String mass, List<Map<String, Object>> composition) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Sorted scrap, palletised.");
        body.put("category", category);
        body.put("grossMassKg", mass);
        body.put("composition", new ArrayList<>(composition));
        body.put("location", new LinkedHashMap<>(Map.of("region", "Baotou", "latitude", 40.6574, "longitude", 109.8403)));
        body.put("hazards", List.of());
        return body;
    }

    public static Map<String, Object> line(String element, String fraction, String source) {
        return new LinkedHashMap<>(Map.of("element", element, "fraction", fraction, "source", source));
    }

    public static Map<String, Object> ndfeb(String title) {
        return request(title, "NDFEB_MAGNET", "1000", List.of(line("Nd", "0.228", "ASSAY"), line("Pr", "0.033", "ASSAY"),
                line("Dy", "0.012", "ASSAY")));
    }

    public static Map<String, Object> publishRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", "CNY");
        body.put("startPrice", "10000.00");
        body.put("reservePrice", "15000.00");
        body.put("minIncrement", "500");
        body.put("closesAt", Instant.now().plus(3, ChronoUnit.DAYS).toString());
        body.put("softCloseSeconds", 300);
        body.put("auctionType", "ENGLISH");
        return body;
    }

    public long create(Map<String, Object> body, String token) {
        Http.Reply reply = http.post("/api/v1/lots", body, token);
        if (reply.status() != 201) {
            throw new AssertionError("lot creation failed: " + reply);
        }
        return ((Number) reply.json().get("id")).longValue();
    }

    public long createPublished(Map<String, Object> body, String token) {
        long id = create(body, token);
        Http.Reply reply = http.post("/api/v1/lots/" + id + "/publish", publishRequest(), token);
        if (reply.status() != 200) {
            throw new AssertionError("publishing failed: " + reply);
        }
        return id;
    }
}
