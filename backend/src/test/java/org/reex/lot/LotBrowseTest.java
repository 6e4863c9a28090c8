package org.reex.lot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters and keyset pagination. Each test works in a region of its own, so other tests' lots never interfere. */
@MicronautTest(transactional = false)
class LotBrowseTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Test
    void filtersFindExactlyTheMatchingLots() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String recycler = accounts.tokenFor("RECYCLER");
        String region = Accounts.unique("Region");
        long dyMagnets = publish(seller, region, Lots.request("Dy magnets", "NDFEB_MAGNET", "800",
                List.of(Lots.line("Nd", "0.25", "ASSAY"), Lots.line("Dy", "0.02", "ASSAY"))));
        long noDy = publish(seller, region, Lots.request("Plain magnets", "NDFEB_MAGNET", "5000",
                List.of(Lots.line("Nd", "0.30", "ASSAY"), Lots.line("Dy", "0", "ASSAY"))));
        long batteries = publish(seller, region, Lots.request("NiMH packs", "NIMH_BATTERY", "12000",
                List.of(Lots.line("La", "0.035", "ASSAY"), Lots.line("Ce", "0.025", "ASSAY"))));
        long draft = lots.create(inRegion(region, Lots.request("Draft Dy", "NDFEB_MAGNET", "100",
                List.of(Lots.line("Dy", "0.05", "ASSAY")))), seller);
        String base = "/api/v1/lots?sort=NEWEST&region=" + enc(region);

        assertEquals(List.of(dyMagnets), LotControllerTest.ids(http.get(base + "&element=Dy", recycler)),
                "Dy declared above zero only; drafts are not listed");
        assertEquals(List.of(dyMagnets), LotControllerTest.ids(http.get(base + "&element=dy", recycler)));
        assertEquals(List.of(noDy, dyMagnets), LotControllerTest.ids(http.get(base + "&category=NDFEB_MAGNET", recycler)));
        assertEquals(List.of(batteries, noDy), LotControllerTest.ids(http.get(base + "&minMassKg=5000", recycler)));
        assertEquals(List.of(dyMagnets), LotControllerTest.ids(http.get(base + "&maxMassKg=4999.999", recycler)));
        assertEquals(List.of(batteries, noDy, dyMagnets), LotControllerTest.ids(http.get(base + "&status=OPEN", recycler)));
        assertEquals(List.of(), LotControllerTest.ids(http.get(base + "&status=DRAFT", recycler)));
        assertEquals(List.of(draft, batteries, noDy, dyMagnets),
                LotControllerTest.ids(http.get(base + "&scope=MINE", seller)), "my lots include my drafts");
        assertEquals(List.of(), LotControllerTest.ids(http.get(base + "&scope=MINE", recycler)));
        assertEquals(List.of(batteries, noDy, dyMagnets),
                LotControllerTest.ids(http.get(base + "&closingBefore=" + enc(Instant.now().plus(4, ChronoUnit.DAYS).toString()), recycler)));
    }

    @Test
    void sortsOrderByClosingTimeNewestAndContainedRareEarths() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String region = Accounts.unique("Region");
        long small = publish(seller, region, Lots.request("Small", "SMCO_MAGNET", "10", List.of(Lots.line("Sm", "0.25", "ASSAY"))), 5);
        long large = publish(seller, region, Lots.request("Large", "SMCO_MAGNET", "1000", List.of(Lots.line("Sm", "0.25", "ASSAY"))), 2);
        long middle = publish(seller, region, Lots.request("Middle", "SMCO_MAGNET", "100", List.of(Lots.line("Sm", "0.25", "ASSAY"))), 9);
        String base = "/api/v1/lots?region=" + enc(region);

        assertEquals(List.of(large, small, middle), LotControllerTest.ids(http.get(base + "&sort=CLOSING_SOON", seller)));
        assertEquals(List.of(large, small, middle), LotControllerTest.ids(http.get(base, seller)), "closing soon is the default");
        assertEquals(List.of(middle, large, small), LotControllerTest.ids(http.get(base + "&sort=NEWEST", seller)));
        assertEquals(List.of(large, middle, small), LotControllerTest.ids(http.get(base + "&sort=CONTAINED_REE", seller)));
    }

    @Test
    void pagingSeesEveryLotOnceWhileLotsAreInserted() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String region = Accounts.unique("Region");
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(publish(seller, region, Lots.request("Lot " + i, "SMCO_MAGNET", String.valueOf(10 + i * 7),
                    List.of(Lots.line("Sm", "0.25", "ASSAY"))), 1 + (i * 5) % 7));
        }
        before.add(lots.create(inRegion(region, Lots.request("A draft", "SMCO_MAGNET", "3", List.of(Lots.line("Sm", "0.2", "ASSAY")))), seller));
        for (String sort : List.of("CLOSING_SOON", "NEWEST", "CONTAINED_REE")) {
            List<Long> seen = new ArrayList<>();
            String cursor = null;
            int page = 0;
            do {
                Http.Reply reply = http.get("/api/v1/lots?scope=MINE&limit=3&sort=" + sort + "&region=" + enc(region)
                        + (cursor == null ? "" : "&cursor=" + cursor), seller);
                assertEquals(200, reply.status(), reply.toString());
                seen.addAll(LotControllerTest.ids(reply));
                cursor = (String) reply.json().get("nextCursor");
                if (page++ < 2) {
                    publish(seller, region, Lots.request("Inserted while paging", "SMCO_MAGNET", "50",
                            List.of(Lots.line("Sm", "0.25", "ASSAY"))), 4);
                }
            } while (cursor != null);
            Set<Long> distinct = new HashSet<>(seen);
            assertEquals(seen.size(), distinct.size(), sort + ": no lot twice " + seen);
            assertTrue(distinct.containsAll(before), sort + ": none missing " + seen);
        }
    }

    @Test
    void aCursorFromAnotherSortOrGarbageIs400NamingCursor() {
        String token = accounts.tokenFor("RECYCLER");
        String seller = accounts.tokenFor("MANUFACTURER");
        String region = Accounts.unique("Region");
        for (int i = 0; i < 3; i++) {
            publish(seller, region, Lots.ndfeb("Lot " + i));
        }
        String cursor = (String) http.get("/api/v1/lots?limit=1&sort=NEWEST&region=" + enc(region), token).json().get("nextCursor");
        assertFalse(cursor == null || cursor.isEmpty());

        assertEquals(List.of("cursor"), http.get("/api/v1/lots?sort=CONTAINED_REE&cursor=" + cursor, token).invalidParamNames());
        assertEquals(List.of("cursor"), http.get("/api/v1/lots?cursor=%21%21%21", token).invalidParamNames());
        assertEquals(List.of("element"), http.get("/api/v1/lots?element=Fe", token).invalidParamNames());
        assertEquals(List.of("minMassKg"), http.get("/api/v1/lots?minMassKg=lots", token).invalidParamNames());
        assertEquals(List.of("sort"), http.get("/api/v1/lots?sort=RANDOM", token).invalidParamNames());
    }

    private long publish(String seller, String region, Map<String, Object> body) {
        return lots.createPublished(inRegion(region, body), seller);
    }

    private long publish(String seller, String region, Map<String, Object> body, int daysToClose) {
        long id = lots.create(inRegion(region, body), seller);
        Map<String, Object> publish = Lots.publishRequest();
        publish.put("closesAt", Instant.now().plus(daysToClose, ChronoUnit.DAYS).toString());
        Http.Reply reply = http.post("/api/v1/lots/" + id + "/publish", publish, seller);
        assertEquals(200, reply.status(), reply.toString());
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inRegion(String region, Map<String, Object> body) {
        ((Map<String, Object>) body.get("location")).put("region", region);
        return body;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
