package org.reex.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the rollups. Each cube gets one multi-row upsert. {@code VALUES(col)} in the update clause (not the
 * {@code AS new} alias) because it is the form both MySQL 8.4 (deprecated, still accepted) and MariaDB 10.11 run.
 */
@Singleton
public class RollupRepository {

    private final JdbcOperations jdbc;

    public RollupRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the lot is counted; false when it already was. */
    public boolean markCounted(long lotId, Instant certifiedAt, LocalDate month) {
        return jdbc.prepareStatement("INSERT INTO stats_certified_lot (lot_id, certified_at, month_start) VALUES (?, ?, ?)",
                statement -> {
                    statement.setLong(1, lotId);
                    statement.setObject(2, LocalDateTime.ofInstant(certifiedAt, ZoneOffset.UTC));
                    statement.setObject(3, month);
                    try {
                        return statement.executeUpdate() == 1;
                    } catch (SQLIntegrityConstraintViolationException duplicate) {
                        // The primary key is the only constraint: the lot is already counted.
                        return false;
                    }
                });
    }

    public void addElements(Cube cube, LocalDate month, CertifiedLot lot, List<CertifiedLot.ElementMass> elements) {
        if (elements.isEmpty()) {
            return;
        }
        List<Cube.Dimension> dimensions = cube.keyOrder();
        String columns = "month_start, element"
                + dimensions.stream().map(d -> ", " + d.column()).collect(Collectors.joining())
                + ", declared_kg, recovered_kg, lots";
        String row = "(?, ?" + ", ?".repeat(dimensions.size()) + ", ?, ?, 1)";
        String sql = "INSERT INTO " + cube.table() + " (" + columns + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(elements.size(), row))
                + UPSERT;
        jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            for (CertifiedLot.ElementMass mass : elements) {
                statement.setObject(i++, month);
                statement.setString(i++, mass.element());
                i = bindDimensions(statement, i, dimensions, lot);
                statement.setBigDecimal(i++, mass.declaredKg());
                statement.setBigDecimal(i++, mass.recoveredKg());
            }
            return statement.executeUpdate();
        });
    }

    public void addLot(Cube cube, LocalDate month, CertifiedLot lot, int mask, BigDecimal declared, BigDecimal recovered) {
        List<Cube.Dimension> dimensions = cube.keyOrder();
        String columns = "month_start"
                + dimensions.stream().map(d -> ", " + d.column()).collect(Collectors.joining())
                + (cube.hasElementMask() ? ", element_mask" : "")
                + ", declared_kg, recovered_kg, lots";
        String sql = "INSERT INTO " + cube.table() + " (" + columns + ") VALUES (?"
                + ", ?".repeat(dimensions.size()) + (cube.hasElementMask() ? ", ?" : "") + ", ?, ?, 1)" + UPSERT;
        jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            statement.setObject(i++, month);
            i = bindDimensions(statement, i, dimensions, lot);
            if (cube.hasElementMask()) {
                statement.setInt(i++, mask);
            }
            statement.setBigDecimal(i++, declared);
            statement.setBigDecimal(i, recovered);
            return statement.executeUpdate();
        });
    }

    private static final String UPSERT = " ON DUPLICATE KEY UPDATE declared_kg = declared_kg + VALUES(declared_kg),"
            + " recovered_kg = recovered_kg + VALUES(recovered_kg), lots = lots + VALUES(lots)";

    private static int bindDimensions(PreparedStatement statement, int index, List<Cube.Dimension> dimensions,
                                      CertifiedLot lot) throws SQLException {
        int i = index;
        for (Cube.Dimension dimension : dimensions) {
            switch (dimension) {
                case CATEGORY -> statement.setString(i++, lot.category());
                case REGION -> statement.setString(i++, lot.region());
                case RECYCLER -> statement.setLong(i++, lot.recyclerOrganizationId());
                case SELLER -> statement.setLong(i++, lot.sellerOrganizationId());
            }
        }
        return i;
    }
}
