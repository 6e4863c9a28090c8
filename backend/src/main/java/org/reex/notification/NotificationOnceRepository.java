package org.reex.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;

/** Claims of notices that go out once per organization, kind and subject (a lot, or a month as yyyymm; V019, V020): INSERT IGNORE on the primary key. */
@Singleton
public class NotificationOnceRepository {

    private final JdbcOperations jdbc;

    public NotificationOnceRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call made the claim; false when it existed (another instance or an earlier run made it). */
    boolean claim(long organizationId, String kind, long subjectId, Instant at) {
        return jdbc.prepareStatement(
                "INSERT IGNORE INTO notification_once (organization_id, kind, subject_id, created_at) VALUES (?, ?, ?, ?)", s -> {
                    s.setLong(1, organizationId);
                    s.setString(2, kind);
                    s.setLong(3, subjectId);
                    s.setTimestamp(4, Timestamp.from(at));
                    return s.executeUpdate() == 1;
                });
    }
}
