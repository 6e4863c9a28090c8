package org.reex.custody;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.lot.Lots;
import org.reex.shared.CanonicalJson;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CustodyControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Inject
    CustodyFixture fixture;

    @Test
    void onlyTheRightPartyRecordsEachStepInOrderAndOnce() {
        CustodyFixture.Awarded lot = fixture.awarded();
        long id = lot.lotId();
        String stranger = accounts.tokenFor("RECYCLER");
        String doc = "CMR-" + id;

        assertProblem(403, fixture.record(id, lot.winner(), CustodyFixture.pickedUp("1000", doc)), "the winner does not pick up");
        assertProblem(403, fixture.record(id, stranger, CustodyFixture.pickedUp("1000", doc)), "a stranger records nothing");
        assertProblem(403, fixture.record(id, lot.agency(), CustodyFixture.pickedUp("1000", doc)), "agencies only read");
        assertProblem(403, fixture.record(id, lot.seller(), CustodyFixture.delivered(doc)), "the seller does not deliver");
        assertProblem(409, fixture.record(id, lot.winner(), CustodyFixture.received("1000")), "nothing is picked up yet");
        assertProblem(409, fixture.record(id, lot.winner(), CustodyFixture.delivered(doc)), "nothing is picked up yet");

        assertEquals(201, fixture.record(id, lot.seller(), CustodyFixture.pickedUp("1000", doc)).status());
        assertProblem(409, fixture.record(id, lot.seller(), CustodyFixture.pickedUp("1000", doc)), "twice");
        assertProblem(409, fixture.record(id, lot.winner(), CustodyFixture.processed()), "out of order");
        assertEquals(201, fixture.record(id, lot.winner(), CustodyFixture.delivered(doc)).status());
        assertProblem(403, fixture.record(id, lot.seller(), CustodyFixture.received("1000")), "the seller does not receive");
        assertProblem(409, fixture.record(id, lot.winner(), CustodyFixture.delivered(doc)), "twice");
        Http.Reply received = fixture.record(id, lot.winner(), CustodyFixture.received("1000"));
        assertEquals(201, received.status(), received.toString());
        assertEquals("1000.000", received.json().get("weighedKg"));
        assertEquals(3, ((Number) received.json().get("sequence")).intValue());
        assertEquals(201, fixture.record(id, lot.winner(), CustodyFixture.processed()).status());
        assertProblem(409, fixture.record(id, lot.winner(), CustodyFixture.processed()), "twice");

        assertEquals("PROCESSED", http.get("/api/v1/lots/" + id, lot.seller()).json().get("status"));
        assertProblem(403, http.get("/api/v1/lots/" + id + "/custody", stranger), "a stranger sees no custody");
        assertProblem(403, http.get("/api/v1/lots/" + id + "/custody/verification", stranger), "nor its check");
        assertEquals(4, ((List<?>) http.get("/api/v1/lots/" + id + "/custody", lot.agency()).json().get("events")).size());
        assertProblem(404, http.get("/api/v1/lots/999999999/custody", lot.seller()), "no such lot");
        assertProblem(404, fixture.record(999999999L, lot.seller(), CustodyFixture.pickedUp("1000", doc)), "no such lot");
        assertEquals(List.of("CUSTODY_RECORDED"), notificationTypes(lot.winner(), id), "the winner hears of the pickup");
        assertEquals(List.of("CUSTODY_RECORDED", "CUSTODY_RECORDED", "CUSTODY_RECORDED"), notificationTypes(lot.seller(), id));
    }

    @Test
    void aDraftIsNotFoundAndAnOpenLotHasNoCustodyYet() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String other = accounts.tokenFor("MANUFACTURER");
        long draft = lots.create(Lots.ndfeb("Draft"), seller);
        assertProblem(404, http.get("/api/v1/lots/" + draft + "/custody", other), "a draft does not exist for others");
        assertProblem(404, fixture.record(draft, other, CustodyFixture.pickedUp("1", "X")), "nor can it be recorded");
        assertProblem(409, fixture.record(draft, seller, CustodyFixture.pickedUp("1", "X")), "not awarded");
        Map<String, Object> trail = http.get("/api/v1/lots/" + draft + "/custody", seller).json();
        assertEquals(List.of(), trail.get("events"));
        assertEquals(false, trail.get("callerMayRecord"));
    }

    @Test
    void eightIdenticalPostsAtOnceRecordOneEvent() throws Exception {
        CustodyFixture.Awarded lot = fixture.awarded();
        Map<String, Object> body = CustodyFixture.pickedUp("1000", "CMR-race");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Integer> post = () -> {
                start.await();
                return fixture.record(lot.lotId(), lot.seller(), body).status();
            };
            replies.add(pool.submit(post));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM custody_event WHERE lot_id = ?", lot.lotId()));
    }

    @Test
    void fieldsAreCheckedAndNamed() {
        CustodyFixture.Awarded lot = fixture.awarded();
        long id = lot.lotId();
        Map<String, Object> bad = CustodyFixture.pickedUp("12.3456", " ");
        bad.put("weighedKg", "10");
        bad.remove("carrier");
        assertInvalid(fixture.record(id, lot.seller(), bad), "shippedKg", "transportDocument", "weighedKg", "carrier");
        Map<String, Object> future = CustodyFixture.pickedUp("1000", "D");
        future.put("at", Instant.now().plusSeconds(3600).toString());
        assertInvalid(fixture.record(id, lot.seller(), future), "at");
        Map<String, Object> beforeAward = CustodyFixture.pickedUp("1000", "D");
        beforeAward.put("at", Instant.now().minusSeconds(86400).toString());
        assertInvalid(fixture.record(id, lot.seller(), beforeAward), "at");
        Map<String, Object> year = CustodyFixture.pickedUp("1000", "D");
        year.put("at", "1969-12-31T23:59:59Z");
        assertInvalid(fixture.record(id, lot.seller(), year), "at");
        Map<String, Object> zero = CustodyFixture.pickedUp("0", "D");
        assertInvalid(fixture.record(id, lot.seller(), zero), "shippedKg");

        assertEquals(201, fixture.record(id, lot.seller(), CustodyFixture.pickedUp("1000", "CMR-1")).status());
        Http.Reply otherDocument = fixture.record(id, lot.winner(), CustodyFixture.delivered("CMR-2"));
        assertInvalid(otherDocument, "documentMismatchReason");
        Map<String, Object> explained = CustodyFixture.delivered("CMR-2");
        explained.put("documentMismatchReason", "The carrier reissued the CMR at the border.");
        Http.Reply delivered = fixture.record(id, lot.winner(), explained);
        assertEquals(201, delivered.status(), delivered.toString());
        assertEquals("The carrier reissued the CMR at the border.", delivered.json().get("documentMismatchReason"));

        assertEquals(201, fixture.record(id, lot.winner(), CustodyFixture.received("990.5")).status());
        Map<String, Object> processed = CustodyFixture.processed();
        processed.put("startedOn", "2000-01-01");
        processed.put("endedOn", "1999-12-31");
        assertInvalid(fixture.record(id, lot.winner(), processed), "startedOn", "endedOn");
        Map<String, Object> noRoute = CustodyFixture.processed();
        noRoute.remove("processRoute");
        assertInvalid(fixture.record(id, lot.winner(), noRoute), "processRoute");
        assertEquals("RECEIVED", http.get("/api/v1/lots/" + id, lot.seller()).json().get("status"), "refusals change nothing");
    }

    @Test
    void aChainVerifiesAndAnyoneCanRecomputeItsHashes() throws Exception {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED");

        Map<String, Object> trail = http.get("/api/v1/lots/" + lot.lotId() + "/custody", lot.seller()).json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) trail.get("events");
        assertEquals(List.of("PICKED_UP", "DELIVERED", "RECEIVED", "PROCESSED"), events.stream().map(e -> e.get("type")).toList());
        String previous = "0".repeat(64);
        for (Map<String, Object> event : events) {
            assertEquals(previous, event.get("previousHash"));
            assertEquals(recompute(event), event.get("hash"), "ADR 007's recipe gives the stored hash for " + event);
            previous = (String) event.get("hash");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> verification = (Map<String, Object>) trail.get("verification");
        assertEquals(true, verification.get("valid"));
        assertEquals(4, ((Number) verification.get("eventCount")).intValue());
        assertEquals(true, trail.get("reportDue"));
        assertNull(trail.get("nextStep"));
        Map<String, Object> check = http.get("/api/v1/lots/" + lot.lotId() + "/custody/verification", lot.agency()).json();
        assertEquals(true, check.get("valid"));
    }

    @Test
    void aMassChangedInTheDatabaseBreaksTheChainAtThatEvent() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED");
        long received = eventId(lot.lotId(), "RECEIVED");

        assertEquals(1, Db.update("UPDATE custody_event SET weighed_kg = weighed_kg - 0.001 WHERE id = ?", received));

        Map<String, Object> check = http.get("/api/v1/lots/" + lot.lotId() + "/custody/verification", lot.seller()).json();
        assertEquals(false, check.get("valid"));
        assertEquals("HASH_MISMATCH", check.get("reason"));
        assertEquals(received, ((Number) check.get("brokenAtEventId")).longValue());
        assertEquals(3, ((Number) check.get("brokenAtSequence")).intValue());
    }

    @Test
    void anEventDeletedInTheMiddleIsAGapAtTheNextEvent() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED");
        long received = eventId(lot.lotId(), "RECEIVED");

        assertEquals(1, Db.update("DELETE FROM custody_event WHERE lot_id = ? AND type = 'DELIVERED'", lot.lotId()));

        Map<String, Object> check = http.get("/api/v1/lots/" + lot.lotId() + "/custody/verification", lot.agency()).json();
        assertEquals(false, check.get("valid"));
        assertEquals("SEQUENCE_GAP", check.get("reason"));
        assertEquals(received, ((Number) check.get("brokenAtEventId")).longValue());
        assertEquals(3, ((Number) check.get("brokenAtSequence")).intValue());
    }

    @Test
    void theLastEventDeletedIsMissingFromWhatTheLotsStatusPromises() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED");

        assertEquals(1, Db.update("DELETE FROM custody_event WHERE lot_id = ? AND type = 'PROCESSED'", lot.lotId()));

        Map<String, Object> check = http.get("/api/v1/lots/" + lot.lotId() + "/custody/verification", lot.winner()).json();
        assertEquals(false, check.get("valid"));
        assertEquals("MISSING_EVENTS", check.get("reason"));
        assertEquals(4, ((Number) check.get("brokenAtSequence")).intValue());
        assertNull(check.get("brokenAtEventId"));
        assertEquals(3, ((Number) check.get("eventCount")).intValue());
    }

    @Test
    void theLotShowsItsWinnerOnlyToTheParties() {
        CustodyFixture.Awarded lot = fixture.awarded();
        String stranger = accounts.tokenFor("RECYCLER");
        Object winner = http.get("/api/v1/lots/" + lot.lotId(), lot.seller()).json().get("winnerOrganizationId");
        assertTrue(winner instanceof Number, "the seller sees the winner");
        assertEquals(winner, http.get("/api/v1/lots/" + lot.lotId(), lot.winner()).json().get("winnerOrganizationId"));
        assertEquals(winner, http.get("/api/v1/lots/" + lot.lotId(), lot.agency()).json().get("winnerOrganizationId"));
        assertNull(http.get("/api/v1/lots/" + lot.lotId(), stranger).json().get("winnerOrganizationId"));
    }

    /** ADR 007, from the API's own representation of an event. */
    static String recompute(Map<String, Object> event) throws Exception {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String key : List.of("lotId", "sequence", "actorOrganizationId")) {
            content.put(key, ((Number) event.get(key)).longValue());
        }
        content.put("type", event.get("type"));
        content.put("at", micros((String) event.get("at")));
        content.put("recordedAt", micros((String) event.get("recordedAt")));
        for (String key : List.of("shippedKg", "carrier", "vehiclePlate", "transportDocument", "documentMismatchReason",
                "weighedKg", "weighbridgeTicket", "processRoute", "startedOn", "endedOn")) {
            if (event.get(key) != null) {
                content.put(key, event.get(key));
            }
        }
        byte[] input = (event.get("previousHash") + CanonicalJson.canonicalize(content)).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    }

    private static String micros(String time) {
        Instant instant = Instant.parse(time);
        String whole = instant.toString().replaceAll("(\\.\\d+)?Z$", "");
        return whole + String.format(".%06dZ", instant.getNano() / 1000);
    }

    private long eventId(long lotId, String type) {
        return ((Number) Db.rows("SELECT id FROM custody_event WHERE lot_id = ? AND type = ?", lotId, type).get(0).get("id"))
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> notificationTypes(String token, long lotId) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications?limit=100", token)
                .json().get("items");
        return items.stream().filter(n -> n.get("lotId") != null && ((Number) n.get("lotId")).longValue() == lotId)
                .map(n -> (String) n.get("type")).filter(t -> t.startsWith("CUSTODY")).toList();
    }

    static void assertProblem(int status, Http.Reply reply, String why) {
        assertEquals(status, reply.status(), why + ": " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), why + ": " + reply.contentType());
    }

    static void assertInvalid(Http.Reply reply, String... fields) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(java.util.Set.of(fields), java.util.Set.copyOf(reply.invalidParamNames()), reply.toString());
    }
}
