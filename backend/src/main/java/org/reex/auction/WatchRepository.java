package org.reex.auction;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;

/** A recycler organization's watch list. Watching twice is watching once (INSERT IGNORE on the primary key). */
@Singleton
public class WatchRepository {

    private final JdbcOperations jdbc;

    public WatchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void watch(long organizationId, long lotId, Instant at) {
        jdbc.prepareStatement("INSERT IGNORE INTO lot_watch (organization_id, lot_id, created_at) VALUES (?, ?, ?)", s -> {
            s.setLong(1, organizationId);
            s.setLong(2, lotId);
            s.setTimestamp(3, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    public void unwatch(long organizationId, long lotId) {
        jdbc.prepareStatement("DELETE FROM lot_watch WHERE organization_id = ? AND lot_id = ?", s -> {
            s.setLong(1, organizationId);
            s.setLong(2, lotId);
            return s.executeUpdate();
        });
    }
}
