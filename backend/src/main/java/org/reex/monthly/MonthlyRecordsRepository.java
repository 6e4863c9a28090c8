package org.reex.monthly;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads REEx's own records of a recycler's month, for the prefill and the "below REEx's records" rule: custody
 * receipts and processing of the lots it won, and its recovery reports (counted in the month their lot was processed). Read-only sums over the after-award tables
 * (their features own the writes); the month is [start, end) in UTC.
 */
@Singleton
public class MonthlyRecordsRepository {

    private static final String RECEIVED = "SELECT l.category AS k, SUM(e.weighed_kg) AS kg FROM custody_event e "
            + "JOIN lot l ON l.id = e.lot_id WHERE l.awarded_organization_id = ? AND e.type = 'RECEIVED' "
            + "AND e.occurred_at >= ? AND e.occurred_at < ? GROUP BY l.category";

    private static final String PROCESSED = "SELECT l.category AS k, SUM(r.weighed_kg) AS kg FROM custody_event p "
            + "JOIN lot l ON l.id = p.lot_id JOIN custody_event r ON r.lot_id = p.lot_id AND r.type = 'RECEIVED' "
            + "WHERE l.awarded_organization_id = ? AND p.type = 'PROCESSED' AND p.occurred_at >= ? AND p.occurred_at < ? "
            + "GROUP BY l.category";

    private static final String PROCESSED_CONTENT = "SELECT c.element AS k, SUM(ROUND(r.weighed_kg * c.fraction, 3)) AS kg "
            + "FROM custody_event p JOIN lot l ON l.id = p.lot_id "
            + "JOIN custody_event r ON r.lot_id = p.lot_id AND r.type = 'RECEIVED' "
            + "JOIN lot_composition c ON c.lot_id = p.lot_id "
            + "WHERE l.awarded_organization_id = ? AND p.type = 'PROCESSED' AND p.occurred_at >= ? AND p.occurred_at < ? "
            + "GROUP BY c.element";

    /** Recovery is the month's when its lot was processed that month (the report may come days later). */
    private static final String RECOVERED = "SELECT x.element AS k, SUM(x.recovered_kg) AS kg FROM custody_event p "
            + "JOIN recovery_report r ON r.lot_id = p.lot_id JOIN recovery_line x ON x.report_id = r.id "
            + "WHERE r.recycler_organization_id = ? AND p.type = 'PROCESSED' AND p.occurred_at >= ? AND p.occurred_at < ? "
            + "GROUP BY x.element";

    /** Stock held at a moment by REEx's records: received before it, less what of that was processed before it. */
    private static final String STOCK_BEFORE = "SELECT l.category AS k, "
            + "SUM(CASE WHEN p.id IS NULL THEN r.weighed_kg ELSE 0 END) AS kg FROM custody_event r "
            + "JOIN lot l ON l.id = r.lot_id "
            + "LEFT JOIN custody_event p ON p.lot_id = r.lot_id AND p.type = 'PROCESSED' AND p.occurred_at < ? "
            + "WHERE l.awarded_organization_id = ? AND r.type = 'RECEIVED' AND r.occurred_at < ? GROUP BY l.category";

    private final JdbcOperations jdbc;

    public MonthlyRecordsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    ReexRecords of(long recyclerOrganizationId, Instant start, Instant end) {
        return new ReexRecords(sums(RECEIVED, recyclerOrganizationId, start, end),
                sums(PROCESSED, recyclerOrganizationId, start, end),
                sums(PROCESSED_CONTENT, recyclerOrganizationId, start, end),
                sums(RECOVERED, recyclerOrganizationId, start, end));
    }

    /** Per category, kg REEx's records say the recycler held at {@code at}. */
    Map<String, BigDecimal> stockAt(long recyclerOrganizationId, Instant at) {
        return jdbc.prepareStatement(STOCK_BEFORE, statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setLong(2, recyclerOrganizationId);
            statement.setTimestamp(3, Timestamp.from(at));
            try (ResultSet rows = statement.executeQuery()) {
                return read(rows);
            }
        });
    }

    private Map<String, BigDecimal> sums(String sql, long organizationId, Instant start, Instant end) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, organizationId);
            statement.setTimestamp(2, Timestamp.from(start));
            statement.setTimestamp(3, Timestamp.from(end));
            try (ResultSet rows = statement.executeQuery()) {
                return read(rows);
            }
        });
    }

    private static Map<String, BigDecimal> read(ResultSet rows) throws SQLException {
        Map<String, BigDecimal> sums = new TreeMap<>();
        while (rows.next()) {
            BigDecimal kg = rows.getBigDecimal("kg");
            if (kg != null && kg.signum() > 0) {
                sums.put(rows.getString("k"), kg.setScale(3));
            }
        }
        return sums;
    }
}
