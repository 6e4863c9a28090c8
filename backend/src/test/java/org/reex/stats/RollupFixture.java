package org.reex.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The test-only way into the rollups: adds a certified lot in a transaction of its own, as report acceptance
 * does inside its own, and reads cube rows back.
 */
@Singleton
public class RollupFixture {

    private final RecoveryRollups rollups;
    private final JdbcOperations jdbc;

    public RollupFixture(RecoveryRollups rollups, JdbcOperations jdbc) {
        this.rollups = rollups;
        this.jdbc = jdbc;
    }

    @Transactional
    public void add(CertifiedLot lot) {
        rollups.add(lot);
    }

    /** Adds the lots in one transaction, as one report acceptance would add one; faster for big data sets. */
    @Transactional
    public void addAll(List<CertifiedLot> lots) {
        lots.forEach(rollups::add);
    }

    public record Sums(BigDecimal declared, BigDecimal recovered, long lots, long rows) {
    }

    /** Sums of one cube over a month range; {@code where} is an extra condition on its columns. */
    @Transactional
    public Sums sums(Cube cube, String fromDate, String toDate, String where) {
        String sql = "SELECT COALESCE(SUM(declared_kg), 0), COALESCE(SUM(recovered_kg), 0), COALESCE(SUM(lots), 0), COUNT(*) FROM "
                + cube.table() + " WHERE month_start BETWEEN ? AND ?" + (where == null ? "" : " AND " + where);
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, fromDate);
            statement.setString(2, toDate);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Sums(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4));
            }
        });
    }

    /** Inserts a row (test data the API cannot make quickly, such as old auctions); returns its generated id, if any. */
    @Transactional
    public long insert(String sql, Object... args) {
        return jdbc.execute(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0L;
                }
            }
        });
    }

    @Transactional
    public List<String> rows(String sql) {
        return jdbc.prepareStatement(sql, statement -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        line.append(c > 1 ? "|" : "").append(rs.getString(c));
                    }
                    out.add(line.toString());
                }
            }
            return out;
        });
    }
}
