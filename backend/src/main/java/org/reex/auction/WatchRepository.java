package org.reex.auction;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    /** For each lot, the organizations that bid on it or watch it (in id order, so that every caller locks alike). */
    public Map<Long, Set<Long>> participants(Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return Map.of();
        }
        String marks = lotIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return jdbc.prepareStatement("SELECT lot_id, bidder_organization_id FROM bid WHERE lot_id IN (" + marks + ")"
                + " UNION SELECT lot_id, organization_id FROM lot_watch WHERE lot_id IN (" + marks + ")", s -> {
            int i = 1;
            for (int round = 0; round < 2; round++) {
                for (long id : lotIds) {
                    s.setLong(i++, id);
                }
            }
            Map<Long, Set<Long>> found = new TreeMap<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
                }
            }
            return found;
        });
    }
}
