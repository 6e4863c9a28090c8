package org.reex.custody;

import org.junit.jupiter.api.Test;
import org.reex.shared.CanonicalJson;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain's pure parts: ADR 007's example byte for byte, and each kind of break found where it is. */
class CustodyChainTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theCanonicalContentIsTheAdrsExample() {
        CustodyEntry pickup = new CustodyEntry(1L, 7, 1, CustodyStep.PICKED_UP, AT, 12, 99,
                Instant.parse("2026-12-01T08:03:12.123456Z"), new BigDecimal("1000.000"), "Acme Haulage", "B-12345", "CMR-1",
                null, null, null, null, null, null, CustodyChain.GENESIS, "");
        assertEquals("{\"actorOrganizationId\":12,\"at\":\"2026-12-01T08:00:00.000000Z\",\"carrier\":\"Acme Haulage\","
                + "\"lotId\":7,\"recordedAt\":\"2026-12-01T08:03:12.123456Z\",\"sequence\":1,\"shippedKg\":\"1000.000\","
                + "\"transportDocument\":\"CMR-1\",\"type\":\"PICKED_UP\",\"vehiclePlate\":\"B-12345\"}",
                CanonicalJson.canonicalize(CustodyChain.content(pickup)));
        assertTrue(CustodyChain.hash(CustodyChain.GENESIS, pickup).matches("[0-9a-f]{64}"));
    }

    @Test
    void eachBreakIsNamedAtItsEvent() {
        List<CustodyEntry> chain = chain();
        assertTrue(CustodyChain.verify(chain, 3, AT).valid());

        List<CustodyEntry> edited = new ArrayList<>(chain);
        CustodyEntry second = edited.get(1);
        edited.set(1, new CustodyEntry(second.id(), second.lotId(), second.sequence(), second.type(), second.occurredAt(),
                second.actorOrganizationId(), second.actorUserId(), second.recordedAt(), null, null, null, "CMR-X", null,
                null, null, null, null, null, second.previousHash(), second.hash()));
        assertBreak(CustodyChain.verify(edited, 3, AT), 2L, 2, CustodyVerification.Reason.HASH_MISMATCH);

        List<CustodyEntry> rehashed = new ArrayList<>(edited);
        rehashed.set(1, edited.get(1).withHash(CustodyChain.hash(second.previousHash(), edited.get(1))));
        assertBreak(CustodyChain.verify(rehashed, 3, AT), 3L, 3, CustodyVerification.Reason.PREVIOUS_HASH_MISMATCH);

        assertBreak(CustodyChain.verify(List.of(chain.get(0), chain.get(2)), 3, AT), 3L, 3,
                CustodyVerification.Reason.SEQUENCE_GAP);
        assertBreak(CustodyChain.verify(chain.subList(0, 2), 3, AT), null, 3, CustodyVerification.Reason.MISSING_EVENTS);
    }

    private static void assertBreak(CustodyVerification v, Long eventId, int sequence, CustodyVerification.Reason reason) {
        assertEquals(false, v.valid());
        assertEquals(eventId, v.brokenAtEventId());
        assertEquals(sequence, v.brokenAtSequence());
        assertEquals(reason, v.reason());
    }

    private static List<CustodyEntry> chain() {
        List<CustodyEntry> chain = new ArrayList<>();
        String previous = CustodyChain.GENESIS;
        CustodyStep[] steps = {CustodyStep.PICKED_UP, CustodyStep.DELIVERED, CustodyStep.RECEIVED};
        for (int i = 0; i < steps.length; i++) {
            CustodyEntry e = new CustodyEntry((long) i + 1, 7, i + 1, steps[i], AT.plusSeconds(i), 12, 99, AT.plusSeconds(i),
                    i == 0 ? new BigDecimal("1000.000") : null, null, null, i < 2 ? "CMR-1" : null, null,
                    i == 2 ? new BigDecimal("998.500") : null, null, null, null, null, previous, "");
            e = e.withHash(CustodyChain.hash(previous, e));
            chain.add(e);
            previous = e.hash();
        }
        return chain;
    }
}
