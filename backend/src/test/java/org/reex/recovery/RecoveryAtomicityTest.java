package org.reex.recovery;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.custody.Db;
import org.reex.notification.NotificationOnceRepository;
import org.reex.notification.NotificationRepository;
import org.reex.notification.NotificationService;
import org.reex.testing.Contract;
import org.reex.testing.Http;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report acceptance is one transaction: here its last step (telling the seller, after the rollups were updated,
 * flags raised, the certificate issued and the lot certified) fails, and nothing of it may remain.
 */
@MicronautTest(transactional = false, environments = RecoveryAtomicityTest.ENV)
class RecoveryAtomicityTest {

    static final String ENV = "report-acceptance-fails";

    @Inject
    Http http;

    @Inject
    CustodyFixture fixture;

    @Test
    void aFailureAfterTheRollupsLeavesNothingBehind() {
        CustodyFixture.Awarded lot = fixture.awarded();
        fixture.through(lot, "PROCESSED");
        String before = checksums();
        long certificates = Db.count("SELECT COUNT(*) FROM certificate");
        long lines = Db.count("SELECT COUNT(*) FROM recovery_line");

        Http.Reply reply = Contract.withInjectedFault(() -> fixture.submitReport(lot.lotId(), lot.winner(),
                CustodyFixture.report("Nd", "228", "Pr", "40", "Dy", "12", "La", "1")));

        assertEquals(500, reply.status(), reply.toString());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM recovery_report WHERE lot_id = ?", lot.lotId()), "no report");
        assertEquals(lines, Db.count("SELECT COUNT(*) FROM recovery_line"), "no lines");
        assertEquals(before, checksums(), "no rollup changed");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM stats_certified_lot WHERE lot_id = ?", lot.lotId()));
        assertEquals(certificates, Db.count("SELECT COUNT(*) FROM certificate"), "no certificate");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM flag WHERE lot_id = ?", lot.lotId()), "the Pr and La flags rolled back");
        Map<String, Object> row = Db.rows("SELECT status, certificate_code FROM lot WHERE id = ?", lot.lotId()).get(0);
        assertEquals("PROCESSED", row.get("status"));
        assertNull(row.get("certificate_code"));
        assertEquals("PROCESSED", http.get("/api/v1/lots/" + lot.lotId(), lot.seller()).json().get("status"));
        assertTrue(FailingNotifications.failures > 0, "the failure came from the last step");
    }

    /** CHECKSUM TABLE of every statistics table, in name order. */
    private static String checksums() {
        List<String> tables = Db.rows("SELECT table_name AS t FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name LIKE 'stats\\_%' ORDER BY table_name").stream()
                .map(r -> (String) r.get("t")).toList();
        assertTrue(tables.size() > 1, "the statistics tables exist: " + tables);
        StringBuilder sums = new StringBuilder();
        for (String table : tables) {
            sums.append(table).append('=').append(Db.rows("CHECKSUM TABLE " + table).get(0).get("Checksum")).append(';');
        }
        return sums.toString();
    }

    /** Tells everyone as usual, but fails to tell a seller of a certificate: the last step of report acceptance. */
    @Singleton
    @Replaces(NotificationService.class)
    @Requires(env = ENV)
    static class FailingNotifications extends NotificationService {

        static volatile int failures;

        FailingNotifications(NotificationRepository notifications, NotificationOnceRepository once, JsonMapper json,
                             Clock clock) {
            super(notifications, once, json, clock);
        }

        @Override
        public void notify(long organizationId, String type, Map<String, String> params, Long lotId) {
            if (CERTIFICATE_ISSUED.equals(type)) {
                failures++;
                throw new IllegalStateException("test: the seller cannot be told");
            }
            super.notify(organizationId, type, params, lotId);
        }
    }
}
