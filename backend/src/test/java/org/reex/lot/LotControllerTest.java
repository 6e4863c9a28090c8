package org.reex.lot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LotControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Test
    void aLotStartsFromItsCategorysTypicalCompositionAndShowsContainedKg() {
        String maker = accounts.tokenFor("MANUFACTURER");
        Map<String, Object> body = Lots.request("HDD magnets", "NDFEB_MAGNET", "1000", List.of());
        body.put("useTypicalComposition", true);

        Http.Reply created = http.post("/api/v1/lots", body, maker);

        assertEquals(201, created.status(), created.toString());
        Map<String, Object> lot = created.json();
        assertEquals("DRAFT", lot.get("status"));
        assertEquals("1000.000", lot.get("grossMassKg"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> composition = (List<Map<String, Object>>) lot.get("composition");
        assertEquals(List.of("Nd", "Pr", "Dy"), composition.stream().map(l -> l.get("element")).toList(),
                "typical lines above zero, largest first");
        Map<String, Object> nd = composition.get(0);
        assertEquals("TYPICAL", nd.get("source"));
        assertEquals("0.228000", nd.get("fraction"));
        assertEquals("228.000", nd.get("containedKg"));
        assertEquals("265.939", nd.get("containedOxideKg"), "228 kg × 1.1664 Nd→Nd2O3");
        assertEquals("273.000", lot.get("containedRareEarthKg"), "228 + 33 + 12");
    }

    @Test
    void everyValidationRuleNamesItsField() {
        String maker = accounts.tokenFor("MANUFACTURER");
        assertInvalid(maker, b -> b.put("grossMassKg", "0"), "grossMassKg");
        assertInvalid(maker, b -> b.put("grossMassKg", "-5"), "grossMassKg");
        assertInvalid(maker, b -> b.put("grossMassKg", "20000000"), "grossMassKg");
        assertInvalid(maker, b -> b.put("grossMassKg", "12.5.3"), "grossMassKg");
        assertInvalid(maker, b -> b.put("grossMassKg", "1.0001"), "grossMassKg");
        assertInvalid(maker, b -> b.put("title", "ab"), "title");
        assertInvalid(maker, b -> b.put("title", "   x   "), "title");
        assertInvalid(maker, b -> b.put("category", "BANANAS"), "category");
        assertInvalid(maker, b -> composition(b).set(0, Lots.line("Nd", "1.2", "ASSAY")), "composition[0].fraction");
        assertInvalid(maker, b -> composition(b).set(0, Lots.line("Nd", "-0.1", "ASSAY")), "composition[0].fraction");
        assertInvalid(maker, b -> composition(b).set(0, Lots.line("Nd", "0.1234567", "ASSAY")), "composition[0].fraction");
        assertInvalid(maker, b -> composition(b).set(1, Lots.line("Nd", "0.01", "ASSAY")), "composition[1].element");
        assertInvalid(maker, b -> composition(b).set(2, Lots.line("Fe", "0.6", "ASSAY")), "composition[2].element");
        assertInvalid(maker, b -> composition(b).set(2, Lots.line("Xx", "0.1", "ASSAY")), "composition[2].element");
        assertInvalid(maker, b -> composition(b).set(2, Lots.line("Dy", "0.1", "GUESS")), "composition[2].source");
        assertInvalid(maker, b -> {
            composition(b).set(0, Lots.line("Nd", "0.6", "ASSAY"));
            composition(b).set(1, Lots.line("Pr", "0.5", "ASSAY"));
        }, "composition");
        assertInvalid(maker, b -> location(b).put("latitude", 90.5), "location.latitude");
        assertInvalid(maker, b -> location(b).put("longitude", -181), "location.longitude");
        assertInvalid(maker, b -> location(b).put("region", " "), "location.region");
        assertInvalid(maker, b -> b.put("hazards", List.of("MERCURY", "GLITTER")), "hazards[1]");
        assertInvalid(maker, b -> b.remove("location"), "location");
    }

    @Test
    void categoriesWithoutTypicalValuesNeedAnAssay() {
        String maker = accounts.tokenFor("MANUFACTURER");
        Map<String, Object> typical = Lots.request("Motors", "MAGNET_MOTOR", "500", List.of());
        typical.put("useTypicalComposition", true);
        Map<String, Object> typicalLine = Lots.request("Motors", "MAGNET_MOTOR", "500", List.of(Lots.line("Nd", "0.05", "TYPICAL")));
        Map<String, Object> empty = Lots.request("Motors", "E_WASTE", "500", List.of());
        Map<String, Object> assayed = Lots.request("Motors", "MAGNET_MOTOR", "500", List.of(Lots.line("Nd", "0.05", "ASSAY")));

        assertEquals(List.of("composition", "useTypicalComposition"),
                http.post("/api/v1/lots", typical, maker).invalidParamNames().stream().sorted().toList());
        assertEquals(List.of("composition[0].source"), http.post("/api/v1/lots", typicalLine, maker).invalidParamNames());
        assertEquals(List.of("composition"), http.post("/api/v1/lots", empty, maker).invalidParamNames());
        assertEquals(201, http.post("/api/v1/lots", assayed, maker).status());
    }

    @Test
    void aStaleEditIsRefusedWith409AndChangesNothing() {
        String maker = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("Rotor magnets"), maker);
        Map<String, Object> edit = Lots.ndfeb("Rotor magnets, sorted");
        edit.put("version", 0);
        Http.Reply first = http.put("/api/v1/lots/" + id, edit, maker);
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, ((Number) first.json().get("version")).intValue());

        Map<String, Object> stale = Lots.ndfeb("Someone else's title");
        stale.put("version", 0);
        Http.Reply conflict = http.put("/api/v1/lots/" + id, stale, maker);

        assertEquals(409, conflict.status(), conflict.toString());
        assertEquals("application/problem+json", conflict.contentType());
        assertEquals(List.of("version"), conflict.invalidParamNames());
        assertEquals("Rotor magnets, sorted", http.get("/api/v1/lots/" + id, maker).json().get("title"));
    }

    @Test
    void draftsAreInvisibleToOtherOrganizationsButNotToAgencies() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String otherMaker = accounts.tokenFor("MANUFACTURER");
        String recycler = accounts.tokenFor("RECYCLER");
        String agency = accounts.agencyToken();
        long id = lots.create(Lots.ndfeb("Secret draft"), seller);
        Map<String, Object> edit = Lots.ndfeb("Hijacked");
        edit.put("version", 0);

        assertEquals(404, http.get("/api/v1/lots/" + id, otherMaker).status());
        assertEquals(404, http.get("/api/v1/lots/" + id, recycler).status());
        assertEquals(404, http.put("/api/v1/lots/" + id, edit, otherMaker).status());
        assertEquals(404, http.post("/api/v1/lots/" + id + "/publish", Lots.publishRequest(), otherMaker).status());
        assertEquals(404, http.post("/api/v1/lots/" + id + "/cancel", "", otherMaker).status());
        assertEquals(200, http.get("/api/v1/lots/" + id, agency).status());
        assertFalse(ids(http.get("/api/v1/lots?sort=NEWEST&limit=200", otherMaker)).contains(id));
        assertTrue(ids(http.get("/api/v1/lots?scope=MINE&sort=NEWEST", seller)).contains(id));
        assertEquals("Secret draft", http.get("/api/v1/lots/" + id, seller).json().get("title"));
    }

    @Test
    void aPublishedLotIsSeenByAllButChangedOnlyByItsSellerAndItsReserveStaysHidden() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String otherMaker = accounts.tokenFor("MANUFACTURER");
        String recycler = accounts.tokenFor("RECYCLER");
        long id = lots.createPublished(Lots.ndfeb("Open lot"), seller);

        Http.Reply asRecycler = http.get("/api/v1/lots/" + id, recycler);
        assertEquals(200, asRecycler.status());
        assertEquals("OPEN", asRecycler.json().get("status"));
        assertNull(auction(asRecycler).get("reservePrice"), "bidders never see the reserve");
        assertEquals("15000.0000", auction(http.get("/api/v1/lots/" + id, seller)).get("reservePrice"));
        assertEquals(403, http.post("/api/v1/lots/" + id + "/cancel", "", otherMaker).status());
        assertEquals(403, http.post("/api/v1/lots/" + id + "/cancel", "", recycler).status());
        Map<String, Object> edit = Lots.ndfeb("Hijacked");
        edit.put("version", 0);
        assertEquals(403, http.put("/api/v1/lots/" + id, edit, otherMaker).status());
        Map<String, Object> ownEdit = Lots.ndfeb("Too late");
        ownEdit.put("version", ((Number) asRecycler.json().get("version")).intValue());
        assertEquals(409, http.put("/api/v1/lots/" + id, ownEdit, seller).status(), "only drafts are edited");
        assertTrue(ids(http.get("/api/v1/lots?sort=NEWEST&limit=200", otherMaker)).contains(id));
    }

    @Test
    void onlyManufacturersListLots() {
        Http.Reply reply = http.post("/api/v1/lots", Lots.ndfeb("Recycler's lot"), accounts.tokenFor("RECYCLER"));

        assertEquals(403, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void publishingChecksTheAuctionSettings() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("To publish"), seller);
        assertPublishInvalid(id, seller, b -> b.put("closesAt", Instant.now().minusSeconds(60).toString()), "closesAt");
        assertPublishInvalid(id, seller, b -> {
            b.put("opensAt", Instant.now().plusSeconds(7200).toString());
            b.put("closesAt", Instant.now().plusSeconds(3600).toString());
        }, "closesAt");
        assertPublishInvalid(id, seller, b -> b.put("reservePrice", "9999.99"), "reservePrice");
        assertPublishInvalid(id, seller, b -> b.put("minIncrement", "0"), "minIncrement");
        assertPublishInvalid(id, seller, b -> b.put("startPrice", "ten thousand"), "startPrice");
        assertPublishInvalid(id, seller, b -> b.put("currency", "XQZ"), "currency");
        assertPublishInvalid(id, seller, b -> b.put("softCloseSeconds", 7200), "softCloseSeconds");
        assertPublishInvalid(id, seller, b -> b.put("auctionType", "DUTCH"), "auctionType");
        assertEquals("DRAFT", http.get("/api/v1/lots/" + id, seller).json().get("status"), "refusals change nothing");

        Http.Reply published = http.post("/api/v1/lots/" + id + "/publish", Lots.publishRequest(), seller);
        assertEquals(200, published.status(), published.toString());
        assertEquals("OPEN", published.json().get("status"));
        assertNotNull(published.json().get("publishedAt"));
        assertEquals("10000.0000", auction(published).get("startPrice"));
        assertEquals(409, http.post("/api/v1/lots/" + id + "/publish", Lots.publishRequest(), seller).status());
    }

    @Test
    void draftsAndOpenLotsWithoutBidsCanBeCancelledOnce() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long draft = lots.create(Lots.ndfeb("Draft to cancel"), seller);
        long open = lots.createPublished(Lots.ndfeb("Open to cancel"), seller);

        assertEquals("CANCELLED", http.post("/api/v1/lots/" + draft + "/cancel", "", seller).json().get("status"));
        assertEquals("CANCELLED", http.post("/api/v1/lots/" + open + "/cancel", "", seller).json().get("status"));
        assertEquals(409, http.post("/api/v1/lots/" + open + "/cancel", "", seller).status());
    }

    private void assertInvalid(String token, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = Lots.ndfeb("Magnet swarf");
        change.accept(body);
        Http.Reply reply = http.post("/api/v1/lots", body, token);
        assertEquals(400, reply.status(), field + ": " + reply);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(List.of(field), reply.invalidParamNames(), reply.toString());
    }

    private void assertPublishInvalid(long id, String token, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = Lots.publishRequest();
        change.accept(body);
        Http.Reply reply = http.post("/api/v1/lots/" + id + "/publish", body, token);
        assertEquals(400, reply.status(), field + ": " + reply);
        assertEquals(List.of(field), reply.invalidParamNames(), reply.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> composition(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("composition");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> location(Map<String, Object> body) {
        return (Map<String, Object>) body.get("location");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> auction(Http.Reply reply) {
        return (Map<String, Object>) reply.json().get("auction");
    }

    @SuppressWarnings("unchecked")
    static List<Long> ids(Http.Reply page) {
        assertEquals(200, page.status(), page.toString());
        return ((List<Map<String, Object>>) page.json().get("items")).stream()
                .map(item -> ((Number) item.get("id")).longValue()).toList();
    }
}
