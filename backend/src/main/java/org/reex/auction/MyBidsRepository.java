package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The lots an organization bid on or watches, newest lot first, with its own figures on each. Both sources are
 * walked by index (ix_bid_bidder_lot, lot_watch's primary key), never by scanning bids.
 */
@Singleton
public class MyBidsRepository {

    public record Row(long lotId, @Nullable BigDecimal myMax, @Nullable Instant lastBidAt, boolean watching) {
    }

    private final JdbcOperations jdbc;

    public MyBidsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> page(long organizationId, @Nullable TradingService.Filter filter, long beforeLotId, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.lot_id,
                  (SELECT MAX(COALESCE(b.max_amount, b.amount)) FROM bid b
                    WHERE b.bidder_organization_id = ? AND b.lot_id = a.lot_id) AS my_max,
                  (SELECT MAX(b.placed_at) FROM bid b WHERE b.bidder_organization_id = ? AND b.lot_id = a.lot_id) AS last_bid_at,
                  EXISTS (SELECT 1 FROM lot_watch w WHERE w.organization_id = ? AND w.lot_id = a.lot_id) AS watching
                FROM auction a
                WHERE a.lot_id IN (SELECT b.lot_id FROM bid b WHERE b.bidder_organization_id = ?
                                   UNION SELECT w.lot_id FROM lot_watch w WHERE w.organization_id = ?)
                  AND a.lot_id < ?""");
        List<Long> args = new ArrayList<>(List.of(organizationId, organizationId, organizationId, organizationId,
                organizationId, beforeLotId));
        if (filter == TradingService.Filter.ACTIVE) {
            sql.append(" AND a.status = 'OPEN'");
        } else if (filter == TradingService.Filter.WON) {
            sql.append(" AND a.status = 'CLOSED' AND a.result = 'AWARDED' AND a.leader_organization_id = ?");
            args.add(organizationId);
        } else if (filter == TradingService.Filter.LOST) {
            sql.append(" AND a.status = 'CLOSED' AND NOT (a.result <=> 'AWARDED' AND a.leader_organization_id <=> ?)"
                    + " AND EXISTS (SELECT 1 FROM bid b WHERE b.bidder_organization_id = ? AND b.lot_id = a.lot_id)");
            args.add(organizationId);
            args.add(organizationId);
        }
        sql.append(" ORDER BY a.lot_id DESC LIMIT ?");
        args.add((long) limit);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            bind(statement, args);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp last = rs.getTimestamp("last_bid_at");
                    rows.add(new Row(rs.getLong("lot_id"), rs.getBigDecimal("my_max"),
                            last == null ? null : last.toInstant(), rs.getBoolean("watching")));
                }
            }
            return rows;
        });
    }

    private static void bind(PreparedStatement statement, List<Long> args) throws java.sql.SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setLong(i + 1, args.get(i));
        }
    }
}
