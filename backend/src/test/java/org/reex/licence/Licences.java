package org.reex.licence;

import jakarta.inject.Singleton;
import org.reex.testing.Http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Submits and decides licences through the public API for tests. */
@Singleton
public class Licences {

    private final Http http;

    public Licences(Http http) {
        this.http = http;
    }

    public static Map<String, Object> request(String number, Map<String, String> tonnesByCategory, int maxHaulKm, Instant validTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("issuingAuthority", "Jiangxi Department of Ecology and Environment");
        body.put("capacities", tonnesByCategory.entrySet().stream()
                .map(e -> Map.of("category", e.getKey(), "tonnesPerYear", e.getValue())).toList());
        body.put("regionServed", "South China");
        body.put("maxHaulKm", maxHaulKm);
        body.put("validFrom", Instant.now().minus(30, ChronoUnit.DAYS).toString());
        body.put("validTo", validTo.toString());
        body.put("dischargePermitNumber", "DP-" + number);
        return body;
    }

    public static Map<String, Object> ndfeb(String number) {
        return request(number, Map.of("NDFEB_MAGNET", "500"), 800, Instant.now().plus(365, ChronoUnit.DAYS));
    }

    public long submit(Map<String, Object> body, String recyclerToken) {
        Http.Reply reply = http.post("/api/v1/licences", body, recyclerToken);
        if (reply.status() != 201) {
            throw new AssertionError("licence submission failed: " + reply);
        }
        return ((Number) reply.json().get("id")).longValue();
    }

    public Http.Reply decide(long licenceId, String decision, String reason, String agencyToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        return http.post("/api/v1/licences/" + licenceId + "/decision", body, agencyToken);
    }

    public long verified(Map<String, Object> body, String recyclerToken, String agencyToken) {
        long id = submit(body, recyclerToken);
        Http.Reply reply = decide(id, "VERIFY", null, agencyToken);
        if (reply.status() != 200) {
            throw new AssertionError("verification failed: " + reply);
        }
        return id;
    }

    public static List<String> statuses(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("status")).toList();
    }
}
