package org.reex.matching;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.licence.LicenceService;
import org.reex.licence.Licences;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MatchingControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Inject
    Licences licences;

    @Inject
    LicenceService licenceService;

    /**
     * Each test works at a site of its own in the Southern Ocean, 5° of longitude (over 300 km) from the next, with
     * licences reaching 100 km: recyclers made by other tests never reach its lots.
     */
    private static final AtomicInteger NEXT_SITE = new AtomicInteger();

    record Site(double latitude, double longitude) {
        Site offset(double dLat, double dLon) {
            return new Site(latitude + dLat, longitude + dLon);
        }
    }

    private static Site newSite() {
        return new Site(-55.0, -175.0 + 5.0 * (NEXT_SITE.getAndIncrement() % 70));
    }

    private String recyclerAt(Site site) {
        return accounts.recyclerAt("Test site", site.latitude(), site.longitude());
    }

    private static Map<String, Object> licence(String prefix) {
        Map<String, Object> body = Licences.ndfeb(Accounts.unique(prefix));
        body.put("maxHaulKm", 100);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lotAt(Site site, String title) {
        Map<String, Object> body = Lots.ndfeb(title);
        Map<String, Object> location = (Map<String, Object>) body.get("location");
        location.put("latitude", site.latitude());
        location.put("longitude", site.longitude());
        return body;
    }

    @Test
    void aPublishedLotIsMatchedToNearbyLicensedRecyclersRankedWithReasons() {
        String agency = accounts.agencyToken();
        Site site = newSite();
        String near = recyclerAt(site.offset(0.5, 0));
        String nearer = recyclerAt(site.offset(0.1, 0));
        String far = recyclerAt(site.offset(1.0, 0));
        String wrongCategory = recyclerAt(site);
        String pending = recyclerAt(site);
        licences.verified(licence("N"), near, agency);
        licences.verified(licence("N"), nearer, agency);
        licences.verified(licence("F"), far, agency);
        licences.verified(Licences.request(Accounts.unique("W"), Map.of("NIMH_BATTERY", "900"), 100,
                Instant.now().plus(300, ChronoUnit.DAYS)), wrongCategory, agency);
        licences.submit(licence("P"), pending);
        String seller = accounts.tokenFor("MANUFACTURER");

        long lotId = lots.createPublished(lotAt(site, "Magnets at the site"), seller);

        List<Map<String, Object>> matches = http.get("/api/v1/lots/" + lotId + "/matches", seller).jsonList();
        List<Object> names = matches.stream().map(m -> m.get("recyclerOrganizationId")).toList();
        long nearId = orgId(near);
        long nearerId = orgId(nearer);
        assertEquals(List.of(nearerId, nearId), names.stream().map(n -> ((Number) n).longValue()).toList(),
                "only the two nearby verified NdFeB recyclers, the nearer first");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) matches.get(0).get("reasons");
        assertEquals(List.of("LICENCE", "DISTANCE", "CAPACITY", "RECOVERY"), reasons.stream().map(r -> r.get("code")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> recovery = (Map<String, Object>) reasons.get(3).get("detail");
        assertEquals("TYPICAL", recovery.get("basis"));
        assertEquals("0.95", recovery.get("rate"), "NdFeB hydrometallurgy, every rare earth: 0.95");
        assertTrue(Double.parseDouble((String) matches.get(0).get("score")) > Double.parseDouble((String) matches.get(1).get("score")));
        assertEquals(200, http.get("/api/v1/lots/" + lotId + "/matches", agency).status());
    }

    @Test
    void theMatchedRecyclerSeesTheLotInItsInboxWithANotification() {
        String agency = accounts.agencyToken();
        Site site = newSite();
        String recycler = recyclerAt(site);
        long licenceId = licences.verified(licence("N"), recycler, agency);
        String seller = accounts.tokenFor("MANUFACTURER");
        assertEquals(404, http.get("/api/v1/licences/" + licenceId, seller).status());

        long lotId = lots.createPublished(lotAt(site, "Inbox lot"), seller);

        assertEquals(List.of(lotId), inbox(recycler));
        Http.Reply notes = http.get("/api/v1/notifications", recycler);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) notes.json().get("items");
        assertEquals(List.of("LOT_MATCHED", "LICENCE_DECIDED"), items.stream().map(n -> n.get("type")).toList(), "newest first");
        assertEquals(2, ((Number) notes.json().get("unreadCount")).intValue());
        Map<String, Object> note = items.get(0);
        assertEquals(Map.of("lotId", String.valueOf(lotId), "lotTitle", "Inbox lot"), note.get("params"));
        assertEquals(200, http.post("/api/v1/notifications/" + note.get("id") + "/read", "", recycler).status());
        assertEquals(1, ((Number) http.get("/api/v1/notifications", recycler).json().get("unreadCount")).intValue());
        assertEquals(404, http.post("/api/v1/notifications/" + note.get("id") + "/read", "", seller).status(),
                "another organization's notification does not exist for it");
        assertEquals("VERIFIED", http.get("/api/v1/licences/" + licenceId, seller).json().get("status"),
                "the seller sees the matched recycler's licence");
        assertEquals(List.of(), http.get("/api/v1/licences/" + licenceId, seller).json().get("decisions"));
    }

    @Test
    void suspendingRemovesTheRecyclerFromMatchesAndInboxAndReinstatingPutsItBack() {
        String agency = accounts.agencyToken();
        Site site = newSite();
        String recycler = recyclerAt(site);
        long licenceId = licences.verified(licence("N"), recycler, agency);
        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.createPublished(lotAt(site, "Suspension lot"), seller);
        assertEquals(1, http.get("/api/v1/lots/" + lotId + "/matches", seller).jsonList().size());

        assertEquals(200, licences.decide(licenceId, "SUSPEND", "Inspection found unlicensed storage", agency).status());

        assertEquals(List.of(), http.get("/api/v1/lots/" + lotId + "/matches", seller).jsonList());
        assertEquals(List.of(), inbox(recycler));

        assertEquals(200, licences.decide(licenceId, "REINSTATE", "Storage licensed", agency).status());

        assertEquals(1, http.get("/api/v1/lots/" + lotId + "/matches", seller).jsonList().size());
        assertEquals(List.of(lotId), inbox(recycler));
    }

    @Test
    void aLicenceVerifiedAfterPublishingMatchesOpenLots() {
        String agency = accounts.agencyToken();
        Site site = newSite();
        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.createPublished(lotAt(site, "Early lot"), seller);
        String recycler = recyclerAt(site);
        long licenceId = licences.submit(licence("N"), recycler);
        assertFalse(inbox(recycler).contains(lotId));

        licences.decide(licenceId, "VERIFY", null, agency);

        assertTrue(inbox(recycler).contains(lotId));
    }

    @Test
    void anExpiredLicenceDropsItsMatchesAndEveryReadAgrees() throws InterruptedException {
        String agency = accounts.agencyToken();
        Site site = newSite();
        String recycler = recyclerAt(site);
        Map<String, Object> shortLived = licence("S");
        // Long enough that a busy machine verifies the licence and publishes the lot before it lapses; the close is
        // taken after that setup, so the licence is still valid then.
        Instant validTo = Instant.now().plusSeconds(15);
        shortLived.put("validTo", validTo.toString());
        long licenceId = licences.verified(shortLived, recycler, agency);
        String seller = accounts.tokenFor("MANUFACTURER");
        Map<String, Object> publish = Lots.publishRequest();
        long lotId = lots.create(lotAt(site, "Short auction"), seller);
        publish.put("closesAt", Instant.now().plusSeconds(2).toString());
        assertEquals(200, http.post("/api/v1/lots/" + lotId + "/publish", publish, seller).status());
        assertEquals(List.of(lotId), inbox(recycler), "valid until after the close: matched");

        Instant deadline = validTo.plus(Duration.ofSeconds(20));
        while (!"EXPIRED".equals(http.get("/api/v1/licences/" + licenceId, recycler).json().get("status"))) {
            assertTrue(Instant.now().isBefore(deadline), "the licence should read EXPIRED once valid-to passes");
            Thread.sleep(100);
        }
        licenceService.expireDue();
        assertEquals(List.of(), inbox(recycler), "an expired licence keeps no match");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> expired = (List<Map<String, Object>>) http.get("/api/v1/licences?status=EXPIRED&limit=200", agency)
                .json().get("items");
        assertTrue(expired.stream().anyMatch(l -> ((Number) l.get("id")).longValue() == licenceId));
        assertEquals(409, licences.decide(licenceId, "SUSPEND", "too late", agency).status());
    }

    @Test
    void whoMayReadWhichMatches() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String other = accounts.tokenFor("MANUFACTURER");
        String recycler = accounts.tokenFor("RECYCLER");
        long lotId = lots.createPublished(Lots.ndfeb("Private matches"), seller);

        assertEquals(404, http.get("/api/v1/lots/" + lotId + "/matches", other).status());
        assertEquals(404, http.get("/api/v1/lots/" + lotId + "/matches", recycler).status());
        assertEquals(403, http.get("/api/v1/matches/mine", seller).status());
    }

    private long orgId(String token) {
        @SuppressWarnings("unchecked")
        Map<String, Object> organization = (Map<String, Object>) http.get("/api/v1/me", token).json().get("organization");
        return ((Number) organization.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Long> inbox(String recycler) {
        Http.Reply reply = http.get("/api/v1/matches/mine?limit=200", recycler);
        assertEquals(200, reply.status(), reply.toString());
        return ((List<Map<String, Object>>) reply.json().get("items")).stream()
                .map(i -> ((Number) ((Map<String, Object>) i.get("lot")).get("id")).longValue()).toList();
    }
}
