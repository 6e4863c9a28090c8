package org.reex.licence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LicenceControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Licences licences;

    @Test
    void aRecyclerSubmitsAndAnAgencyVerifiesWithTheDecisionKept() {
        String recycler = accounts.tokenFor("RECYCLER");
        String agency = accounts.agencyToken();
        long id = licences.submit(Licences.request("GZ-2026-001", Map.of("NDFEB_MAGNET", "1200.5", "SMCO_MAGNET", "80"), 600,
                Instant.now().plus(200, ChronoUnit.DAYS)), recycler);

        Http.Reply pending = http.get("/api/v1/licences/" + id, recycler);
        assertEquals("PENDING", pending.json().get("status"));
        assertEquals(List.of("NDFEB_MAGNET", "SMCO_MAGNET"), pending.json().get("categories"));
        Http.Reply verified = licences.decide(id, "VERIFY", "Checked against the provincial register", agency);

        assertEquals(200, verified.status(), verified.toString());
        assertEquals("VERIFIED", verified.json().get("status"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) http.get("/api/v1/licences/" + id, recycler)
                .json().get("decisions");
        assertEquals(1, decisions.size());
        assertEquals("VERIFY", decisions.get(0).get("decision"));
        assertEquals("PENDING", decisions.get(0).get("fromStatus"));
        assertEquals("Inspector", decisions.get(0).get("decidedByName"));
        assertTrue(((String) decisions.get(0).get("decidedAt")).endsWith("Z"));
    }

    @Test
    void onlyAgenciesDecide() {
        String recycler = accounts.tokenFor("RECYCLER");
        long id = licences.submit(Licences.ndfeb(Accounts.unique("L")), recycler);

        Http.Reply selfVerify = licences.decide(id, "VERIFY", null, recycler);
        Http.Reply byMaker = licences.decide(id, "VERIFY", null, accounts.tokenFor("MANUFACTURER"));

        assertEquals(403, selfVerify.status());
        assertEquals("application/problem+json", selfVerify.contentType());
        assertEquals(403, byMaker.status());
        assertEquals("PENDING", http.get("/api/v1/licences/" + id, recycler).json().get("status"));
    }

    @Test
    void rejectingOrSuspendingNeedsAReason() {
        String recycler = accounts.tokenFor("RECYCLER");
        String agency = accounts.agencyToken();
        long pending = licences.submit(Licences.ndfeb(Accounts.unique("L")), recycler);
        long verified = licences.verified(Licences.ndfeb(Accounts.unique("L")), recycler, agency);

        Http.Reply reject = licences.decide(pending, "REJECT", "  ", agency);
        Http.Reply suspend = licences.decide(verified, "SUSPEND", null, agency);

        assertEquals(400, reject.status(), reject.toString());
        assertEquals(List.of("reason"), reject.invalidParamNames());
        assertEquals(List.of("reason"), suspend.invalidParamNames());
        assertEquals("REJECTED", licences.decide(pending, "REJECT", "Permit number not in the register", agency).json().get("status"));
    }

    @Test
    void decisionsFollowTheLifecycle() {
        String recycler = accounts.tokenFor("RECYCLER");
        String agency = accounts.agencyToken();
        long id = licences.submit(Licences.ndfeb(Accounts.unique("L")), recycler);

        assertEquals(409, licences.decide(id, "SUSPEND", "too early", agency).status());
        assertEquals(409, licences.decide(id, "REINSTATE", null, agency).status());
        assertEquals("VERIFIED", licences.decide(id, "VERIFY", null, agency).json().get("status"));
        assertEquals(409, licences.decide(id, "VERIFY", null, agency).status());
        assertEquals("SUSPENDED", licences.decide(id, "SUSPEND", "Discharge permit lapsed", agency).json().get("status"));
        assertEquals("VERIFIED", licences.decide(id, "REINSTATE", null, agency).json().get("status"));
        assertEquals(404, licences.decide(987654321L, "VERIFY", null, agency).status());
    }

    @Test
    void recyclersSeeOnlyTheirOwnLicencesAndAgenciesSeeAll() {
        String mine = accounts.tokenFor("RECYCLER");
        String theirs = accounts.tokenFor("RECYCLER");
        String agency = accounts.agencyToken();
        long id = licences.submit(Licences.ndfeb(Accounts.unique("L")), mine);

        assertEquals(404, http.get("/api/v1/licences/" + id, theirs).status());
        assertEquals(404, http.get("/api/v1/licences/" + id, accounts.tokenFor("MANUFACTURER")).status(),
                "a manufacturer sees a licence only once it is matched to its lot");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> theirList = (List<Map<String, Object>>) http.get("/api/v1/licences", theirs).json().get("items");
        assertTrue(theirList.isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> queue = (List<Map<String, Object>>) http.get("/api/v1/licences?status=PENDING&limit=200", agency)
                .json().get("items");
        assertTrue(queue.stream().anyMatch(l -> ((Number) l.get("id")).longValue() == id));
        assertTrue(Licences.statuses(queue).stream().allMatch("PENDING"::equals));
    }

    @Test
    void submissionsAreValidatedFieldByField() {
        String recycler = accounts.tokenFor("RECYCLER");
        Map<String, Object> past = Licences.ndfeb(Accounts.unique("L"));
        past.put("validTo", Instant.now().minusSeconds(5).toString());
        Map<String, Object> noCapacity = Licences.request(Accounts.unique("L"), Map.of(), 100, Instant.now().plusSeconds(9999));
        Map<String, Object> badTonnes = Licences.request(Accounts.unique("L"), Map.of("NDFEB_MAGNET", "-1"), 100,
                Instant.now().plusSeconds(9999));
        Map<String, Object> badHaul = Licences.ndfeb(Accounts.unique("L"));
        badHaul.put("maxHaulKm", 0);

        assertEquals(List.of("validTo"), http.post("/api/v1/licences", past, recycler).invalidParamNames());
        assertEquals(List.of("capacities"), http.post("/api/v1/licences", noCapacity, recycler).invalidParamNames());
        assertEquals(List.of("capacities[0].tonnesPerYear"), http.post("/api/v1/licences", badTonnes, recycler).invalidParamNames());
        assertEquals(List.of("maxHaulKm"), http.post("/api/v1/licences", badHaul, recycler).invalidParamNames());
        assertEquals(403, http.post("/api/v1/licences", Licences.ndfeb("X-1"), accounts.tokenFor("MANUFACTURER")).status());
        Map<String, Object> twice = Licences.ndfeb(Accounts.unique("L"));
        licences.submit(twice, recycler);
        Http.Reply duplicate = http.post("/api/v1/licences", twice, recycler);
        assertEquals(409, duplicate.status());
        assertEquals(List.of("number"), duplicate.invalidParamNames());
    }

    @Test
    void theLicenceDocumentMustBeAPdfAndIsReadByItsHolderAndAgencies() {
        String recycler = accounts.tokenFor("RECYCLER");
        String agency = accounts.agencyToken();
        long id = licences.submit(Licences.ndfeb(Accounts.unique("L")), recycler);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        Http.Reply refused = http.multipart("/api/v1/licences/" + id + "/document", Map.of(), "licence.pdf", "application/pdf", png, recycler);
        Http.Reply stored = http.multipart("/api/v1/licences/" + id + "/document", Map.of(), "licence.pdf", "application/pdf", pdf, recycler);

        assertEquals(List.of("file"), refused.invalidParamNames(), refused.toString());
        assertEquals(200, stored.status(), stored.toString());
        assertEquals(true, stored.json().get("hasDocument"));
        assertEquals(200, http.download("/api/v1/licences/" + id + "/document", agency).statusCode());
        assertEquals(404, http.download("/api/v1/licences/" + id + "/document", accounts.tokenFor("RECYCLER")).statusCode());
        assertFalse(http.multipart("/api/v1/licences/" + id + "/document", Map.of(), "x.pdf", "application/pdf", pdf,
                accounts.tokenFor("RECYCLER")).status() < 400);
    }
}
