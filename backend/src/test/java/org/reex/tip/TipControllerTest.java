package org.reex.tip;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.Db;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tip line over real HTTP and the real database. Each test files from an address of its own
 * ({@code X-Forwarded-For}, believed because this instance trusts the test client as a proxy), so the in-memory
 * per-address limit of one test never touches another's.
 */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.trusted-proxies", value = "127.0.0.1,::1")
class TipControllerTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Test
    void anyoneFilesATipAndItsCodeShowsTheStatusAndNothingElse() {
        String address = freshAddress();
        Map<String, String> fields = tipFields("ORGANIZATION");
        fields.put("organizationName", "Shady Magnets Ltd");
        fields.put("contact", "call me on 555-0100");

        Http.Reply filed = file(fields, null, address);

        assertEquals(201, filed.status(), filed.toString());
        String code = (String) filed.json().get("code");
        assertTrue(code.matches("[A-Z2-7]{32}"), code);
        assertEquals("NEW", filed.json().get("status"));
        Http.Reply status = http.get("/api/v1/tips/" + code, null);
        assertEquals(200, status.status(), status.toString());
        assertEquals(Set.of("status", "receivedAt", "updatedAt"), status.json().keySet());
        assertEquals("NEW", status.json().get("status"));
        assertEquals(filed.json().get("receivedAt"), status.json().get("receivedAt"));
        assertEquals(200, http.get("/api/v1/tips/" + code.toLowerCase(), null).status(), "lower case is forgiven");
        assertEquals(404, http.get("/api/v1/tips/" + "A".repeat(32), null).status());
        assertEquals(404, http.get("/api/v1/tips/not-a-code", null).status());
        assertNotEquals(code, file(tipFields("OTHER"), null, address).json().get("code"));
    }

    @Test
    void theSendersAddressIsStoredNowhere() {
        String address = freshAddress();
        Http.Reply filed = file(tipFields("OTHER"), null, address);
        assertEquals(201, filed.status(), filed.toString());
        long id = tipId((String) filed.json().get("code"));

        List<Map<String, Object>> stored = new ArrayList<>(Db.rows("SELECT * FROM tip WHERE id = ?", id));
        stored.addAll(Db.rows("SELECT * FROM audit_event WHERE subject_type = 'tip' AND subject_id = ?", id));
        assertEquals(2, stored.size());
        for (Map<String, Object> row : stored) {
            for (Object value : row.values()) {
                assertFalse(String.valueOf(value).contains(address), "address in " + row);
                assertFalse(String.valueOf(value).contains("127.0.0.1"), "loopback address in " + row);
            }
        }
    }

    @Test
    void anAgencyTriagesAndLinksATipAndTheReporterSeesTheNewStatus() {
        String agency = accounts.agencyToken();
        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.create(Lots.ndfeb("Suspicious magnets"), seller);
        long sellerOrg = ((Number) ((Map<?, ?>) http.get("/api/v1/me", seller).json().get("organization")).get("id")).longValue();
        Map<String, String> fields = tipFields("LOT");
        fields.put("lotId", String.valueOf(lotId));
        String code = (String) file(fields, PDF, freshAddress()).json().get("code");
        long id = tipId(code);

        Map<String, Object> listed = items(http.get("/api/v1/tips?status=NEW&limit=200", agency)).stream()
                .filter(t -> ((Number) t.get("id")).longValue() == id).findFirst().orElseThrow();
        assertEquals(true, listed.get("hasAttachment"));
        assertEquals(((Number) listed.get("lotId")).longValue(), lotId);
        Http.Reply investigating = triage(id, Map.of("status", "INVESTIGATING", "note", "Asked the inspector to visit",
                "organizationIds", List.of(sellerOrg), "lotIds", List.of(lotId)), agency);

        assertEquals(200, investigating.status(), investigating.toString());
        assertEquals("INVESTIGATING", investigating.json().get("status"));
        assertEquals(List.of(lotId), ids(investigating.json().get("lots")));
        assertEquals("Suspicious magnets", ((Map<?, ?>) ((List<?>) investigating.json().get("lots")).get(0)).get("title"));
        assertEquals(List.of(sellerOrg), ids(investigating.json().get("organizations")));
        assertEquals("INVESTIGATING", http.get("/api/v1/tips/" + code, null).json().get("status"));

        Http.Reply substantiated = triage(id, Map.of("status", "SUBSTANTIATED", "note", "Seen on site",
                "lotIds", List.of(lotId)), agency);
        assertEquals(200, substantiated.status(), substantiated.toString());
        List<?> steps = (List<?>) substantiated.json().get("triage");
        assertEquals(2, steps.size());
        Map<?, ?> last = (Map<?, ?>) steps.get(1);
        assertEquals("INVESTIGATING", last.get("fromStatus"));
        assertEquals("SUBSTANTIATED", last.get("toStatus"));
        assertEquals("Seen on site", last.get("note"));
        assertEquals("Inspector", last.get("byName"));
        assertEquals(List.of(lotId), ids(substantiated.json().get("lots")), "a link is kept once");
        Http.Reply detail = http.get("/api/v1/tips/by-id/" + id, agency);
        assertEquals(substantiated.json(), detail.json());
        assertEquals("application/pdf", ((Map<?, ?>) detail.json().get("attachment")).get("contentType"));
        Map<String, Object> publicStatus = http.get("/api/v1/tips/" + code, null).json();
        assertEquals("SUBSTANTIATED", publicStatus.get("status"));
        assertTrue(Instant.parse((String) publicStatus.get("updatedAt"))
                .isAfter(Instant.parse((String) publicStatus.get("receivedAt"))));
        assertEquals(List.of("TIP_RECEIVED", "TIP_INVESTIGATING", "TIP_SUBSTANTIATED"),
                Db.rows("SELECT action FROM audit_event WHERE subject_type = 'tip' AND subject_id = ? ORDER BY id", id)
                        .stream().map(r -> r.get("action")).toList());
        var download = http.download("/api/v1/tips/" + id + "/attachment", agency);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
    }

    @Test
    void aStepThatDoesNotFollowTheCurrentStatusIs409() {
        String agency = accounts.agencyToken();
        long id = tipId((String) file(tipFields("OTHER"), null, freshAddress()).json().get("code"));

        Http.Reply skipping = triage(id, Map.of("status", "SUBSTANTIATED", "note", "too fast"), agency);
        assertEquals(409, skipping.status(), skipping.toString());
        assertEquals("application/problem+json", skipping.contentType());
        assertEquals(200, triage(id, Map.of("status", "INVESTIGATING", "note", "looking"), agency).status());
        assertEquals(409, triage(id, Map.of("status", "INVESTIGATING", "note", "again"), agency).status());
        assertEquals(200, triage(id, Map.of("status", "UNSUBSTANTIATED", "note", "nothing there"), agency).status());
        assertEquals(409, triage(id, Map.of("status", "SUBSTANTIATED", "note", "changed my mind"), agency).status());
        assertEquals(409, triage(id, Map.of("status", "INVESTIGATING", "note", "reopen"), agency).status());
        Http.Reply unknown = triage(id, Map.of("status", "NEW", "note", "back"), agency);
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals(List.of("status"), unknown.invalidParamNames());
        assertEquals(2, Db.count("SELECT COUNT(*) FROM tip_triage WHERE tip_id = ?", id));
        assertEquals("UNSUBSTANTIATED", http.get("/api/v1/tips/by-id/" + id, agency).json().get("status"));
    }

    @Test
    void triageChecksItsNoteAndTheIdsItLinks() {
        String agency = accounts.agencyToken();
        long id = tipId((String) file(tipFields("OTHER"), null, freshAddress()).json().get("code"));

        Http.Reply blank = triage(id, Map.of("status", "INVESTIGATING", "note", "   "), agency);
        Http.Reply badLinks = triage(id, Map.of("status", "INVESTIGATING", "note", "ok",
                "organizationIds", List.of(Long.MAX_VALUE), "lotIds", List.of(Long.MAX_VALUE - 1)), agency);
        Http.Reply tooLong = triage(id, Map.of("status", "INVESTIGATING", "note", "x".repeat(2001)), agency);

        assertEquals(List.of("note"), blank.invalidParamNames(), blank.toString());
        assertEquals(List.of("organizationIds[0]", "lotIds[0]"), badLinks.invalidParamNames(), badLinks.toString());
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.invalidParamNames().contains("note"), tooLong.toString());
        assertEquals("NEW", http.get("/api/v1/tips/by-id/" + id, agency).json().get("status"), "nothing moved");
        assertEquals(404, triage(Long.MAX_VALUE, Map.of("status", "INVESTIGATING", "note", "x"), agency).status());
    }

    @Test
    void onlyAgenciesSeeOrTriageTips() {
        Http.Reply filed = file(tipFields("OTHER"), PNG, freshAddress());
        long id = tipId((String) filed.json().get("code"));
        for (String token : List.of(accounts.tokenFor("MANUFACTURER"), accounts.tokenFor("RECYCLER"), accounts.adminToken())) {
            assertEquals(403, http.get("/api/v1/tips", token).status());
            assertEquals(403, http.get("/api/v1/tips/by-id/" + id, token).status());
            assertEquals(403, http.download("/api/v1/tips/" + id + "/attachment", token).statusCode());
            assertEquals(403, triage(id, Map.of("status", "INVESTIGATING", "note", "mine now"), token).status());
        }
        assertEquals(401, http.get("/api/v1/tips", null).status());
        assertEquals(401, http.get("/api/v1/tips/by-id/" + id, null).status());
        assertEquals(401, http.download("/api/v1/tips/" + id + "/attachment", null).statusCode());
        assertEquals(401, triage(id, Map.of("status", "INVESTIGATING", "note", "anon"), null).status());
        assertEquals("NEW", http.get("/api/v1/tips/" + filed.json().get("code"), null).json().get("status"));
    }

    @Test
    void eightIdenticalTriagesAtOnceMoveTheTipOnceAndTheRestHear409() throws Exception {
        String agency = accounts.agencyToken();
        long id = tipId((String) file(tipFields("OTHER"), null, freshAddress()).json().get("code"));
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return triage(id, Map.of("status", "INVESTIGATING", "note", "on it"), agency).status();
                }));
            }
            start.countDown();
            Map<Integer, Integer> counts = new HashMap<>();
            for (Future<Integer> status : statuses) {
                counts.merge(status.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 1, 409, racers - 1), counts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM tip_triage WHERE tip_id = ?", id));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'tip' AND subject_id = ? "
                + "AND action = 'TIP_INVESTIGATING'", id));
    }

    @Test
    void anAgencyOpensOneFlagFromATipOnALinkedLotAndTheLotsPartiesSeeOnlyTheTipsNumber() {
        String agency = accounts.agencyToken();
        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.create(Lots.ndfeb("Flagged by a tip"), seller);
        Map<String, String> fields = tipFields("LOT");
        fields.put("lotId", String.valueOf(lotId));
        fields.put("contact", "secret-reporter@example.com");
        long id = tipId((String) file(fields, null, freshAddress()).json().get("code"));

        Http.Reply unlinked = http.post("/api/v1/tips/" + id + "/flag", Map.of(), agency);
        assertEquals(400, unlinked.status(), unlinked.toString());
        assertEquals(List.of("lotId"), unlinked.invalidParamNames());
        assertEquals(200, triage(id, Map.of("status", "INVESTIGATING", "note", "checking", "lotIds", List.of(lotId)),
                agency).status());
        assertEquals(403, http.post("/api/v1/tips/" + id + "/flag", Map.of(), seller).status());

        Http.Reply opened = http.post("/api/v1/tips/" + id + "/flag", Map.of(), agency);

        assertEquals(201, opened.status(), opened.toString());
        long flagId = ((Number) opened.json().get("flagId")).longValue();
        assertEquals(flagId, ((Number) http.get("/api/v1/tips/by-id/" + id, agency).json().get("flagId")).longValue());
        Http.Reply again = http.post("/api/v1/tips/" + id + "/flag", Map.of("lotId", lotId), agency);
        assertEquals(409, again.status(), again.toString());
        Map<String, Object> seen = items(http.get("/api/v1/flags?rule=TIP&lotId=" + lotId, agency)).get(0);
        assertEquals(flagId, ((Number) seen.get("id")).longValue());
        assertEquals("OPEN", seen.get("status"));
        assertEquals(Map.of("tipId", String.valueOf(id)), seen.get("evidence"));
        List<Map<String, Object>> sellers = items(http.get("/api/v1/flags?lotId=" + lotId, seller));
        assertEquals(1, sellers.size());
        assertFalse(sellers.get(0).toString().contains("secret-reporter"), sellers.toString());
        assertFalse(sellers.get(0).toString().contains("open barrels"), sellers.toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM flag WHERE rule = 'TIP' AND lot_id = ?", lotId));
    }

    @Test
    void aTipAboutAnOrganizationOpensAFlagOnItAndAgenciesHearOfTheTipAndTheFlag() {
        String agency = accounts.agencyToken();
        long agencyOrg = organizationOf(agency);
        String recycler = accounts.tokenFor("RECYCLER");
        long recyclerOrg = organizationOf(recycler);
        String recyclerName = (String) ((Map<?, ?>) http.get("/api/v1/me", recycler).json().get("organization"))
                .get("name");
        String region = (String) ((Map<?, ?>) http.get("/api/v1/me", recycler).json().get("organization")).get("region");
        String bystander = accounts.tokenFor("RECYCLER");
        Map<String, String> fields = tipFields("ORGANIZATION");
        fields.put("organizationName", recyclerName);
        fields.put("contact", "secret-reporter@example.com");
        long id = tipId((String) file(fields, null, freshAddress()).json().get("code"));

        List<Map<String, Object>> heard = Db.rows("SELECT type, params, lot_id FROM notification "
                + "WHERE organization_id = ? AND type = 'TIP_RECEIVED' AND params LIKE ?", agencyOrg,
                "%\"tipId\":\"" + id + "\"%");
        assertEquals(1, heard.size(), "every agency hears of a new tip once: " + heard);
        assertTrue(heard.get(0).get("params").toString().contains("\"about\":\"ORGANIZATION\""));
        assertFalse(heard.get(0).get("params").toString().contains("secret-reporter"));
        Http.Reply unlinked = http.post("/api/v1/tips/" + id + "/flag", Map.of(), agency);
        assertEquals(List.of("lotId"), unlinked.invalidParamNames(), unlinked.toString());
        Http.Reply notLinked = http.post("/api/v1/tips/" + id + "/flag", Map.of("organizationId", recyclerOrg), agency);
        assertEquals(List.of("organizationId"), notLinked.invalidParamNames(), notLinked.toString());
        triage(id, Map.of("status", "INVESTIGATING", "note", "checking", "organizationIds",
                List.of(recyclerOrg, agencyOrg)), agency);
        Http.Reply onAgency = http.post("/api/v1/tips/" + id + "/flag", Map.of("organizationId", agencyOrg), agency);
        assertEquals(List.of("organizationId"), onAgency.invalidParamNames(), onAgency.toString());
        Http.Reply both = http.post("/api/v1/tips/" + id + "/flag", Map.of("organizationId", recyclerOrg, "lotId", 1),
                agency);
        assertEquals(400, both.status(), both.toString());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM flag WHERE rule = 'TIP' AND subject = ?", "T" + id));

        Http.Reply opened = http.post("/api/v1/tips/" + id + "/flag", Map.of("organizationId", recyclerOrg), agency);

        assertEquals(201, opened.status(), opened.toString());
        long flagId = ((Number) opened.json().get("flagId")).longValue();
        Map<String, Object> seen = items(http.get("/api/v1/flags?rule=TIP&recyclerId=" + recyclerOrg, agency)).stream()
                .filter(f -> ((Number) f.get("id")).longValue() == flagId).findFirst().orElseThrow();
        assertEquals(recyclerOrg, ((Number) seen.get("organizationId")).longValue());
        assertEquals(recyclerName, seen.get("organizationName"));
        assertEquals(region, seen.get("region"));
        assertEquals(Map.of("tipId", String.valueOf(id)), seen.get("evidence"));
        assertFalse(seen.containsKey("lotId") || seen.containsKey("reportMonth"), seen.toString());
        List<Map<String, Object>> own = items(http.get("/api/v1/flags?rule=TIP", recycler));
        assertEquals(List.of(flagId), own.stream().map(f -> ((Number) f.get("id")).longValue()).toList(),
                "the organization sees the flag about it");
        assertFalse(own.toString().contains("secret-reporter") || own.toString().contains("open barrels"));
        assertTrue(items(http.get("/api/v1/flags?rule=TIP", bystander)).isEmpty(), "nobody else does");
        Http.Reply again = http.post("/api/v1/tips/" + id + "/flag", Map.of("organizationId", recyclerOrg), agency);
        assertEquals(409, again.status(), again.toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM flag WHERE rule = 'TIP' AND subject = ?", "T" + id));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM notification WHERE organization_id = ? AND type = 'FLAG_RAISED' "
                + "AND lot_id IS NULL AND params LIKE ?", agencyOrg, "%\"flagId\":\"" + flagId + "\"%"));
    }

    @Test
    void withNoLotAndOneOrganizationLinkedTheFlagNeedsNoChoice() {
        String agency = accounts.agencyToken();
        String seller = accounts.tokenFor("MANUFACTURER");
        long sellerOrg = organizationOf(seller);
        long id = tipId((String) file(tipFields("OTHER"), null, freshAddress()).json().get("code"));
        triage(id, Map.of("status", "INVESTIGATING", "note", "checking", "organizationIds", List.of(sellerOrg)), agency);

        Http.Reply opened = http.post("/api/v1/tips/" + id + "/flag", Map.of(), agency);

        assertEquals(201, opened.status(), opened.toString());
        long flagId = ((Number) opened.json().get("flagId")).longValue();
        assertEquals(sellerOrg, Db.count("SELECT seller_organization_id FROM flag WHERE id = ?", flagId));
        assertEquals(1, items(http.get("/api/v1/flags?rule=TIP", seller)).size());
    }

    @Test
    void aTipFoundUnsubstantiatedOpensNoFlagAndALotMustBeLinkedToIt() {
        String agency = accounts.agencyToken();
        String seller = accounts.tokenFor("MANUFACTURER");
        long linkedLot = lots.create(Lots.ndfeb("Linked"), seller);
        long otherLot = lots.create(Lots.ndfeb("Not linked"), seller);
        long id = tipId((String) file(tipFields("OTHER"), null, freshAddress()).json().get("code"));
        triage(id, Map.of("status", "INVESTIGATING", "note", "checking", "lotIds", List.of(linkedLot)), agency);

        Http.Reply wrongLot = http.post("/api/v1/tips/" + id + "/flag", Map.of("lotId", otherLot), agency);
        assertEquals(List.of("lotId"), wrongLot.invalidParamNames(), wrongLot.toString());
        triage(id, Map.of("status", "UNSUBSTANTIATED", "note", "nothing there"), agency);
        Http.Reply refused = http.post("/api/v1/tips/" + id + "/flag", Map.of("lotId", linkedLot), agency);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM flag WHERE rule = 'TIP' AND lot_id IN (?, ?)", linkedLot, otherLot));
    }

    @Test
    void eightAgenciesOpeningAFlagFromOneTipAtOnceOpenOne() throws Exception {
        String agency = accounts.agencyToken();
        String seller = accounts.tokenFor("MANUFACTURER");
        long first = lots.create(Lots.ndfeb("Race one"), seller);
        long second = lots.create(Lots.ndfeb("Race two"), seller);
        long id = tipId((String) file(tipFields("OTHER"), null, freshAddress()).json().get("code"));
        triage(id, Map.of("status", "INVESTIGATING", "note", "checking", "lotIds", List.of(first, second)), agency);
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                long lot = i % 2 == 0 ? first : second;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return http.post("/api/v1/tips/" + id + "/flag", Map.of("lotId", lot), agency).status();
                }));
            }
            start.countDown();
            Map<Integer, Integer> counts = new HashMap<>();
            for (Future<Integer> status : statuses) {
                counts.merge(status.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, racers - 1), counts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM flag WHERE rule = 'TIP' AND lot_id IN (?, ?)", first, second));
    }

    @Test
    void anAddressIsRefusedWith429AfterItsFilingsAndOthersAreNot() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, file(tipFields("OTHER"), null, address).status(), "filing " + (i + 1));
        }

        Http.Reply refused = file(tipFields("OTHER"), null, address);

        assertEquals(429, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        assertEquals(201, file(tipFields("OTHER"), null, freshAddress()).status());
    }

    @Test
    void statusLookupsAreLimitedPerAddressToo() {
        String address = freshAddress();
        String code = (String) file(tipFields("OTHER"), null, address).json().get("code");
        Map<String, String> from = Map.of("X-Forwarded-For", address);
        for (int i = 0; i < 60; i++) {
            assertEquals(200, http.sendWithHeaders("GET", "/api/v1/tips/" + code, null, null, null, from).status());
        }
        Http.Reply refused = http.sendWithHeaders("GET", "/api/v1/tips/" + code, null, null, null, from);
        assertEquals(429, refused.status(), refused.toString());
        assertTrue(refused.header("Retry-After").isPresent());
        assertEquals(200, http.sendWithHeaders("GET", "/api/v1/tips/" + code, null, null, null,
                Map.of("X-Forwarded-For", freshAddress())).status());
    }

    @Test
    void filesAreTypedByTheirBytes() {
        String address = freshAddress();
        String agency = accounts.agencyToken();

        Http.Reply pngCalledPdf = file(tipFields("OTHER"), PNG, "scan.pdf", "application/pdf", address);
        Http.Reply textCalledPng = file(tipFields("OTHER"), "just text, honest".getBytes(StandardCharsets.UTF_8),
                "photo.png", "image/png", address);
        Http.Reply zipCalledPdf = file(tipFields("OTHER"), new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0},
                "report.pdf", "application/pdf", address);

        assertEquals(201, pngCalledPdf.status(), pngCalledPdf.toString());
        long id = tipId((String) pngCalledPdf.json().get("code"));
        assertEquals("image/png", ((Map<?, ?>) http.get("/api/v1/tips/by-id/" + id, agency).json().get("attachment"))
                .get("contentType"));
        assertEquals(List.of("file"), textCalledPng.invalidParamNames(), textCalledPng.toString());
        assertEquals(List.of("file"), zipCalledPdf.invalidParamNames(), zipCalledPdf.toString());
    }

    @Test
    void theLargestAllowedFileIsStoredAndOneByteMoreIs413() {
        String agency = accounts.agencyToken();
        byte[] largest = new byte[MAX_BYTES];
        new java.util.Random(11).nextBytes(largest);
        System.arraycopy(PDF, 0, largest, 0, PDF.length);

        Http.Reply stored = file(tipFields("OTHER"), largest, "largest.pdf", "application/pdf", freshAddress());
        assertEquals(201, stored.status(), stored.toString());
        long id = tipId((String) stored.json().get("code"));
        var download = http.download("/api/v1/tips/" + id + "/attachment", agency);
        assertEquals(200, download.statusCode());
        assertArrayEquals(largest, download.body());

        long before = Db.count("SELECT COUNT(*) FROM tip");
        byte[] tooLarge = java.util.Arrays.copyOf(largest, MAX_BYTES + 1);
        Http.Reply refused = file(tipFields("OTHER"), tooLarge, "too-large.pdf", "application/pdf", freshAddress());
        assertEquals(413, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(before, Db.count("SELECT COUNT(*) FROM tip"));
    }

    @Test
    void missingAndOverlongFieldsAre400NamingTheField() {
        String address = freshAddress();
        Map<String, String> noName = tipFields("ORGANIZATION");
        Map<String, String> longDescription = tipFields("OTHER");
        longDescription.put("description", "d".repeat(4001));
        Map<String, String> longPlace = tipFields("OTHER");
        longPlace.put("place", "p".repeat(301));
        Map<String, String> future = tipFields("OTHER");
        future.put("observedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        Map<String, String> notATime = tipFields("OTHER");
        notATime.put("observedAt", "yesterday");
        Map<String, String> blank = tipFields("LOT");
        blank.put("description", "   ");

        assertEquals(List.of("organizationName"), file(noName, null, address).invalidParamNames());
        assertEquals(List.of("description"), file(longDescription, null, address).invalidParamNames());
        assertEquals(List.of("place"), file(longPlace, null, freshAddress()).invalidParamNames());
        assertEquals(List.of("observedAt"), file(future, null, freshAddress()).invalidParamNames());
        Http.Reply badTime = file(notATime, null, freshAddress());
        assertEquals(400, badTime.status(), badTime.toString());
        assertEquals(List.of("observedAt"), badTime.invalidParamNames());
        assertEquals(Set.of("description", "lotId"), Set.copyOf(file(blank, null, freshAddress()).invalidParamNames()));
    }

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    private static Map<String, String> tipFields(String about) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("about", about);
        if (about.equals("OTHER")) {
            fields.put("subject", "A scrap yard by the river");
        }
        fields.put("description", "Magnets burned in open barrels at night.");
        fields.put("place", "East gate, Ganzhou industrial park");
        fields.put("observedAt", "2026-11-30T21:15:00.123456Z");
        return fields;
    }

    private Http.Reply file(Map<String, String> fields, byte[] attachment, String address) {
        return file(fields, attachment, "evidence.bin", "application/octet-stream", address);
    }

    private Http.Reply file(Map<String, String> fields, byte[] attachment, String name, String type, String address) {
        return http.multipart("/api/v1/tips", fields, name, type, attachment, null, Map.of("X-Forwarded-For", address));
    }

    private Http.Reply triage(long id, Map<String, Object> body, String token) {
        return http.post("/api/v1/tips/" + id + "/triage", body, token);
    }

    private long organizationOf(String token) {
        return ((Number) ((Map<?, ?>) http.get("/api/v1/me", token).json().get("organization")).get("id")).longValue();
    }

    private static long tipId(String code) {
        return Db.count("SELECT id FROM tip WHERE receipt_code = ?", code);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Reply page) {
        return (List<Map<String, Object>>) page.json().get("items");
    }

    private static List<Long> ids(Object list) {
        return ((List<?>) list).stream().map(o -> ((Number) ((Map<?, ?>) o).get("id")).longValue()).toList();
    }
}
