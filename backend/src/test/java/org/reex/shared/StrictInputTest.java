package org.reex.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.auction.AuctionFixture;
import org.reex.custody.Db;
import org.reex.licence.Licences;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request bodies are read strictly on every route (issue 11 §5): each malformed form below is a 400
 * application/problem+json naming the field, and nothing is stored. Sent to a few representative routes: lot
 * creation, publishing, a bid, a licence and a registration.
 */
@MicronautTest(transactional = false)
class StrictInputTest {

    private static final String RAW = "@@raw@@";

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    AuctionFixture auctions;

    /** The valid body as JSON with the value at {@code path} replaced by the raw JSON text {@code raw}. */
    private String with(Map<String, Object> valid, String path, String raw) {
        Map<String, Object> copy = deepCopy(valid);
        Object parent = copy;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            cast(parent, List.class).set(Integer.parseInt(last.substring(1, last.length() - 1)), RAW);
        } else {
            cast(parent, Map.class).put(last, RAW);
        }
        return write(copy).replace("\"" + RAW + "\"", raw);
    }

    private static Object step(Object parent, String step) {
        if (step.startsWith("[")) {
            return cast(parent, List.class).get(Integer.parseInt(step.substring(1, step.length() - 1)));
        }
        return cast(parent, Map.class).get(step);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value, Class<T> type) {
        return (T) type.cast(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l.stream().map(i -> i instanceof Map<?, ?> m2
                ? deepCopy((Map<String, Object>) m2) : i).toList()) : v));
        return copy;
    }

    private String write(Object body) {
        try {
            return http.json().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One malformed body and the field its problem must name. */
    record Case(String what, String body, String field) {
    }

    /** The forms every route refuses, whatever its fields: duplicate keys, trailing content, unknown fields. */
    private List<Case> structural(Map<String, Object> valid, String firstField) {
        String json = write(valid);
        String open = json.substring(0, json.length() - 1);
        return List.of(
                new Case("duplicate key", open + ",\"" + firstField + "\":" + write(valid.get(firstField)) + "}", firstField),
                new Case("trailing object", json + " {}", "body"),
                new Case("trailing garbage", json + "x", "body"),
                new Case("trailing second value", json + "\n" + json, "body"),
                new Case("unknown field", open + ",\"currency\":\"CNY\"}", "currency"),
                new Case("unknown nested-looking field", open + ",\"extra\":{\"a\":1}}", "extra"));
    }

    private void expectRefused(List<Case> cases, Function<String, Http.Reply> send) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Http.Reply reply = send.apply(c.body());
            boolean ok = reply.status() == 400 && reply.contentType().startsWith("application/problem+json")
                    && reply.invalidParamNames().equals(List.of(c.field()));
            if (!ok) {
                failures.add(c.what() + " (" + c.field() + "): " + reply + "\n   sent " + c.body());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " not refused as expected:\n"
                + String.join("\n", failures));
    }

    private long organizationOf(String token) {
        Map<String, Object> me = http.get("/api/v1/me", token).json();
        return ((Number) ((Map<?, ?>) me.get("organization")).get("id")).longValue();
    }

    @Test
    void lotCreationRefusesEveryMalformedForm() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long org = organizationOf(seller);
        Map<String, Object> valid = Lots.ndfeb("Strict lot");
        List<Case> cases = new ArrayList<>(structural(valid, "title"));
        cases.addAll(List.of(
                new Case("Arabic-Indic digit", with(valid, "grossMassKg", "\"\u0663\""), "grossMassKg"),
                new Case("full-width digit", with(valid, "grossMassKg", "\"\uff15\""), "grossMassKg"),
                new Case("padded number", with(valid, "grossMassKg", "\" 5\""), "grossMassKg"),
                new Case("trailing space", with(valid, "grossMassKg", "\"5 \""), "grossMassKg"),
                new Case("exponent", with(valid, "grossMassKg", "\"1e4\""), "grossMassKg"),
                new Case("plus sign", with(valid, "grossMassKg", "\"+5\""), "grossMassKg"),
                new Case("exponent in a nested decimal", with(valid, "composition[1].fraction", "\"3E-2\""),
                        "composition[1].fraction"),
                new Case("number for a decimal string", with(valid, "grossMassKg", "1000"), "grossMassKg"),
                new Case("true for a number", with(valid, "location.latitude", "true"), "location.latitude"),
                new Case("string for a number", with(valid, "location.longitude", "\"109.8\""), "location.longitude"),
                new Case("number for a string", with(valid, "title", "5"), "title"),
                new Case("boolean for a string", with(valid, "description", "true"), "description"),
                new Case("object for a string", with(valid, "title", "{}"), "title"),
                new Case("blank required string", with(valid, "title", "\"   \""), "title"),
                new Case("empty required string", with(valid, "title", "\"\""), "title"),
                new Case("NUL in text", with(valid, "description", "\"Sorted\\u0000scrap\""), "description"),
                new Case("NUL in a nested string", with(valid, "location.region", "\"Bao\\u0000tou\""), "location.region"),
                new Case("lower-case enum", with(valid, "category", "\"ndfeb_magnet\""), "category"),
                new Case("lower-case nested enum", with(valid, "composition[0].source", "\"assay\""),
                        "composition[0].source"),
                new Case("duplicate nested key", with(valid, "location", "{\"region\":\"A\",\"region\":\"B\","
                        + "\"latitude\":1,\"longitude\":2}"), "location.region")));
        expectRefused(cases, body -> http.post("/api/v1/lots", body, seller));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM lot WHERE seller_organization_id = ?", org), "nothing stored");

        Http.Reply created = http.post("/api/v1/lots", write(valid), seller);
        assertEquals(201, created.status(), "the valid body is accepted: " + created);
    }

    @Test
    void publishingRefusesLowerCaseCurrenciesAndEpochTimes() {
        String seller = accounts.tokenFor("MANUFACTURER");
        Http.Reply lot = http.post("/api/v1/lots", Lots.ndfeb("Strict publishing"), seller);
        long lotId = ((Number) lot.json().get("id")).longValue();
        Map<String, Object> valid = Lots.publishRequest();
        List<Case> cases = new ArrayList<>(structural(valid, "currency"));
        cases.addAll(List.of(
                new Case("lower-case currency", with(valid, "currency", "\"cny\""), "currency"),
                new Case("padded currency", with(valid, "currency", "\" CNY\""), "currency"),
                new Case("epoch seconds for a date-time", with(valid, "closesAt", "4102444800"), "closesAt"),
                new Case("epoch as a decimal", with(valid, "closesAt", "4102444800.5"), "closesAt"),
                new Case("true for a number", with(valid, "softCloseSeconds", "true"), "softCloseSeconds"),
                new Case("string for a number", with(valid, "softCloseSeconds", "\"300\""), "softCloseSeconds"),
                new Case("fraction for a whole number", with(valid, "softCloseSeconds", "300.5"), "softCloseSeconds"),
                new Case("overflowing whole number", with(valid, "softCloseSeconds", "4294967296"), "softCloseSeconds"),
                new Case("exponent price", with(valid, "startPrice", "\"1e4\""), "startPrice"),
                new Case("lower-case enum", with(valid, "auctionType", "\"english\""), "auctionType")));
        expectRefused(cases, body -> http.post("/api/v1/lots/" + lotId + "/publish", body, seller));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM auction WHERE lot_id = ?", lotId), "nothing stored");
        assertEquals("DRAFT", http.get("/api/v1/lots/" + lotId, seller).json().get("status"));
    }

    @Test
    void bidsRefuseEveryMalformedForm() {
        AuctionFixture.Setup lot = auctions.lot(1, Map.of());
        String bidder = lot.recyclers().get(0);
        Map<String, Object> valid = new LinkedHashMap<>(Map.of("amount", "1000"));
        List<Case> cases = new ArrayList<>(structural(valid, "amount"));
        cases.addAll(List.of(
                new Case("Arabic-Indic digits", with(valid, "amount", "\"\u0661\u0660\u0660\u0660\""), "amount"),
                new Case("full-width digits", with(valid, "amount", "\"\uff11\uff10\uff10\uff10\""), "amount"),
                new Case("padded amount", with(valid, "amount", "\" 1000\""), "amount"),
                new Case("exponent amount", with(valid, "amount", "\"1e4\""), "amount"),
                new Case("number for a decimal string", with(valid, "amount", "1000"), "amount"),
                new Case("boolean for a decimal string", with(valid, "amount", "true"), "amount"),
                new Case("blank amount", with(valid, "amount", "\"  \""), "amount"),
                new Case("NUL in amount", with(valid, "amount", "\"1000\\u0000\""), "amount"),
                new Case("exponent maximum", "{\"amount\":\"1000\",\"maxAmount\":\"2E3\"}", "maxAmount"),
                new Case("number for the maximum", "{\"amount\":\"1000\",\"maxAmount\":2000}", "maxAmount")));
        expectRefused(cases, body -> http.sendWithHeaders("POST", "/api/v1/lots/" + lot.lotId() + "/bids",
                "application/json", body, bidder, Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM bid WHERE lot_id = ?", lot.lotId()), "nothing stored");

        Http.Reply accepted = auctions.bid(lot.lotId(), bidder, "1000", null);
        assertEquals(201, accepted.status(), "the valid bid is accepted: " + accepted);
    }

    @Test
    void licencesRefuseEveryMalformedForm() {
        String recycler = accounts.tokenFor("RECYCLER");
        long org = organizationOf(recycler);
        Map<String, Object> valid = Licences.ndfeb(Accounts.unique("S"));
        List<Case> cases = new ArrayList<>(structural(valid, "number"));
        cases.addAll(List.of(
                new Case("exponent tonnes", with(valid, "capacities[0].tonnesPerYear", "\"5e2\""),
                        "capacities[0].tonnesPerYear"),
                new Case("full-width tonnes", with(valid, "capacities[0].tonnesPerYear", "\"\uff15\uff10\uff10\""),
                        "capacities[0].tonnesPerYear"),
                new Case("padded tonnes", with(valid, "capacities[0].tonnesPerYear", "\"500 \""),
                        "capacities[0].tonnesPerYear"),
                new Case("lower-case category", with(valid, "capacities[0].category", "\"ndfeb_magnet\""),
                        "capacities[0].category"),
                new Case("true for a number", with(valid, "maxHaulKm", "true"), "maxHaulKm"),
                new Case("string for a number", with(valid, "maxHaulKm", "\"800\""), "maxHaulKm"),
                new Case("number for a string", with(valid, "issuingAuthority", "42"), "issuingAuthority"),
                new Case("blank required string", with(valid, "number", "\" \\t \""), "number"),
                new Case("NUL in text", with(valid, "regionServed", "\"South\\u0000China\""), "regionServed"),
                new Case("epoch seconds for a date-time", with(valid, "validTo", "4102444800"), "validTo"),
                new Case("epoch milliseconds for a date-time", with(valid, "validFrom", "1700000000000"), "validFrom")));
        expectRefused(cases, body -> http.post("/api/v1/licences", body, recycler));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM licence WHERE organization_id = ?", org), "nothing stored");

        Http.Reply submitted = http.post("/api/v1/licences", write(valid), recycler);
        assertEquals(201, submitted.status(), "the valid licence is accepted: " + submitted);
    }

    @Test
    void registrationRefusesEveryMalformedForm() {
        Map<String, Object> valid = accounts.registration("MANUFACTURER");
        List<Case> cases = new ArrayList<>(structural(valid, "email"));
        cases.addAll(List.of(
                new Case("true for a number", with(valid, "latitude", "true"), "latitude"),
                new Case("string for a number", with(valid, "longitude", "\"114.9\""), "longitude"),
                new Case("number for a string", with(valid, "displayName", "7"), "displayName"),
                new Case("boolean for a string", with(valid, "region", "false"), "region"),
                new Case("blank required string", with(valid, "organizationName", "\"   \""), "organizationName"),
                new Case("NUL in text", with(valid, "displayName", "\"Li\\u0000Wei\""), "displayName"),
                new Case("lower-case enum", with(valid, "organizationType", "\"manufacturer\""), "organizationType")));
        expectRefused(cases, body -> http.post("/api/v1/auth/register", body, null));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM app_user WHERE email = ?", valid.get("email")), "nothing stored");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM organization WHERE name = ?", valid.get("organizationName")));

        Http.Reply registered = http.post("/api/v1/auth/register", write(valid), null);
        assertEquals(201, registered.status(), "the valid registration is accepted: " + registered);
    }
}
