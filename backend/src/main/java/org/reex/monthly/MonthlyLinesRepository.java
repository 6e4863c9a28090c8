package org.reex.monthly;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The lines of a filed version (V020): stock per category and recovered kg per element, written once. */
@Singleton
public class MonthlyLinesRepository {

    private final JdbcOperations jdbc;

    public MonthlyLinesRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long reportId, MonthlyFigures figures) {
        if (!figures.categories().isEmpty()) {
            jdbc.prepareStatement("INSERT INTO monthly_report_category (report_id, category, opening_kg, received_kg, "
                    + "processed_kg, closing_kg) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                for (MonthlyFigures.CategoryLine line : figures.categories()) {
                    statement.setLong(1, reportId);
                    statement.setString(2, line.category());
                    statement.setBigDecimal(3, line.openingKg());
                    statement.setBigDecimal(4, line.receivedKg());
                    statement.setBigDecimal(5, line.processedKg());
                    statement.setBigDecimal(6, line.closingKg());
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
        if (!figures.elements().isEmpty()) {
            jdbc.prepareStatement("INSERT INTO monthly_report_element (report_id, element, recovered_kg) VALUES (?, ?, ?)",
                    statement -> {
                        for (MonthlyFigures.ElementLine line : figures.elements()) {
                            statement.setLong(1, reportId);
                            statement.setString(2, line.element());
                            statement.setBigDecimal(3, line.recoveredKg());
                            statement.addBatch();
                        }
                        return statement.executeBatch();
                    });
        }
    }

    MonthlyFigures of(long reportId) {
        List<MonthlyFigures.CategoryLine> categories = jdbc.prepareStatement("SELECT category, opening_kg, received_kg, "
                + "processed_kg, closing_kg FROM monthly_report_category WHERE report_id = ? ORDER BY category", statement -> {
            statement.setLong(1, reportId);
            List<MonthlyFigures.CategoryLine> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new MonthlyFigures.CategoryLine(rows.getString(1), rows.getBigDecimal(2),
                            rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5)));
                }
            }
            return lines;
        });
        List<MonthlyFigures.ElementLine> elements = jdbc.prepareStatement("SELECT e.element, e.recovered_kg "
                + "FROM monthly_report_element e JOIN element x ON x.symbol = e.element WHERE e.report_id = ? "
                + "ORDER BY x.atomic_number", statement -> {
            statement.setLong(1, reportId);
            List<MonthlyFigures.ElementLine> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new MonthlyFigures.ElementLine(rows.getString(1), rows.getBigDecimal(2)));
                }
            }
            return lines;
        });
        return new MonthlyFigures(categories, elements);
    }

    /** Totals of a version: received, processed (over categories) and recovered (over elements), kg. */
    record Totals(BigDecimal receivedKg, BigDecimal processedKg, BigDecimal recoveredKg) {
    }

    Totals totals(long reportId) {
        return jdbc.prepareStatement("SELECT (SELECT COALESCE(SUM(received_kg), 0) FROM monthly_report_category WHERE report_id = ?), "
                + "(SELECT COALESCE(SUM(processed_kg), 0) FROM monthly_report_category WHERE report_id = ?), "
                + "(SELECT COALESCE(SUM(recovered_kg), 0) FROM monthly_report_element WHERE report_id = ?)", statement -> {
            bind(statement, reportId, 3);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Totals(rows.getBigDecimal(1).setScale(3), rows.getBigDecimal(2).setScale(3),
                        rows.getBigDecimal(3).setScale(3));
            }
        });
    }

    private static void bind(PreparedStatement statement, long id, int times) throws java.sql.SQLException {
        for (int i = 1; i <= times; i++) {
            statement.setLong(i, id);
        }
    }
}
