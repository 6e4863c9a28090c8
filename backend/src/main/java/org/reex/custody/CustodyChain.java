package org.reex.custody;

import org.reex.shared.CanonicalJson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash chain of docs/adr/007-custody-hash-chain.md, as pure functions: an event's canonical content, its hash,
 * and the verification of a stored chain.
 */
final class CustodyChain {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CustodyChain() {
    }

    /** The members hashed for an event: what GET /custody shows of it, less id, actor name and the hashes. */
    static Map<String, Object> content(CustodyEntry e) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("lotId", e.lotId());
        content.put("sequence", e.sequence());
        content.put("type", e.type().name());
        content.put("at", time(e.occurredAt()));
        content.put("actorOrganizationId", e.actorOrganizationId());
        content.put("recordedAt", time(e.recordedAt()));
        putKg(content, "shippedKg", e.shippedKg());
        putText(content, "carrier", e.carrier());
        putText(content, "vehiclePlate", e.vehiclePlate());
        putText(content, "transportDocument", e.transportDocument());
        putText(content, "documentMismatchReason", e.documentMismatchReason());
        putKg(content, "weighedKg", e.weighedKg());
        putText(content, "weighbridgeTicket", e.weighbridgeTicket());
        putText(content, "processRoute", e.processRoute());
        putDate(content, "startedOn", e.startedOn());
        putDate(content, "endedOn", e.endedOn());
        return content;
    }

    /** SHA-256, lower-case hex, of UTF-8(previousHash + canonical JSON of the content). */
    static String hash(String previousHash, CustodyEntry e) {
        String input = previousHash + CanonicalJson.canonicalize(content(e));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    /**
     * Walks the events in sequence order and names the first break; then checks that the lot's status does not
     * claim more events than are stored.
     */
    static CustodyVerification verify(List<CustodyEntry> events, int expectedEvents, Instant checkedAt) {
        String previous = GENESIS;
        int expectedSequence = 1;
        for (CustodyEntry e : events) {
            CustodyVerification.Reason reason = null;
            if (e.sequence() != expectedSequence) {
                reason = CustodyVerification.Reason.SEQUENCE_GAP;
            } else if (!previous.equals(e.previousHash())) {
                reason = CustodyVerification.Reason.PREVIOUS_HASH_MISMATCH;
            } else if (!hash(e.previousHash(), e).equals(e.hash())) {
                reason = CustodyVerification.Reason.HASH_MISMATCH;
            }
            if (reason != null) {
                return new CustodyVerification(false, events.size(), e.id(), e.sequence(), reason, checkedAt);
            }
            previous = e.hash();
            expectedSequence++;
        }
        if (events.size() < expectedEvents) {
            return new CustodyVerification(false, events.size(), null, events.size() + 1,
                    CustodyVerification.Reason.MISSING_EVENTS, checkedAt);
        }
        return new CustodyVerification(true, events.size(), null, null, null, checkedAt);
    }

    static String time(Instant instant) {
        return MICROS.format(instant);
    }

    private static void putKg(Map<String, Object> content, String name, BigDecimal kg) {
        if (kg != null) {
            content.put(name, kg.setScale(3, RoundingMode.UNNECESSARY).toPlainString());
        }
    }

    private static void putText(Map<String, Object> content, String name, String text) {
        if (text != null) {
            content.put(name, text);
        }
    }

    private static void putDate(Map<String, Object> content, String name, LocalDate date) {
        if (date != null) {
            content.put(name, date.toString());
        }
    }
}
