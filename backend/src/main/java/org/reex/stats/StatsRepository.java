package org.reex.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the rollups (V009) and the few other tables the statistics name or count. Every recovery figure comes
 * from one cube; the service picks the cube, this class writes its GROUP BY.
 */
@Singleton
public class StatsRepository {

    private final JdbcOperations jdbc;
    private volatile Map<String, ElementInfo> elements;

    public StatsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A rare earth as the statistics show it: its name and its metal-to-oxide factor. */
    public record ElementInfo(String symbol, String name, BigDecimal oxideFactor) {
    }

    /** One group of a cube: the key values in the order asked, and its exact sums. */
    public record Aggregate(List<Object> key, BigDecimal declared, BigDecimal recovered, long lots) {
    }

    /** The elements by symbol, in atomic-number order (reference data that never changes while running). */
    public Map<String, ElementInfo> elements() {
        Map<String, ElementInfo> known = elements;
        if (known == null) {
            known = jdbc.prepareStatement("SELECT symbol, name, metal_to_oxide_factor FROM element ORDER BY atomic_number",
                    statement -> {
                        Map<String, ElementInfo> rows = new LinkedHashMap<>();
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rows.put(rs.getString(1), new ElementInfo(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
                            }
                        }
                        return rows;
                    });
            elements = known;
        }
        return known;
    }

    /**
     * Sums one cube by the query's keys over its months and filters. With {@code oxide} each element's kg is
     * multiplied by its factor before summing (exact DECIMAL products). An element filter on a lot cube (the full
     * one only) keeps the lots that declared or recovered any of the elements, each counted once.
     */
    public List<Aggregate> aggregate(Cube cube, RecoveryQuery query, boolean oxide) {
        List<String> keys = query.groupBy().stream().map(StatsRepository::expression).toList();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String key : keys) {
            sql.append(key).append(", ");
        }
        if (oxide) {
            String factor = oxideFactorCase();
            sql.append("SUM(c.declared_kg * ").append(factor).append("), SUM(c.recovered_kg * ").append(factor).append(")");
        } else {
            sql.append("SUM(c.declared_kg), SUM(c.recovered_kg)");
        }
        sql.append(", SUM(c.lots) FROM ").append(cube.table()).append(" c WHERE c.month_start BETWEEN ? AND ?");
        List<Object> args = new ArrayList<>();
        args.add(query.from().atDay(1));
        args.add(query.to().atDay(1));
        if (!query.elements().isEmpty()) {
            if (cube.perElement()) {
                sql.append(" AND c.element IN (").append(marks(query.elements().size())).append(")");
                args.addAll(query.elements().stream().sorted().toList());
            } else if (cube.hasElementMask()) {
                sql.append(" AND (c.element_mask & ?) <> 0");
                args.add(RareEarths.mask(query.elements()));
            } else {
                throw new IllegalArgumentException(cube.table() + " cannot filter by element");
            }
        }
        if (query.region() != null) {
            sql.append(" AND c.region = ?");
            args.add(query.region());
        }
        if (query.category() != null) {
            sql.append(" AND c.category = ?");
            args.add(query.category());
        }
        if (query.recyclerId() != null) {
            sql.append(" AND c.recycler_id = ?");
            args.add(query.recyclerId());
        }
        if (query.sellerId() != null) {
            sql.append(" AND c.seller_id = ?");
            args.add(query.sellerId());
        }
        if (!keys.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", keys));
        }
        List<GroupKey> groupBy = query.groupBy();
        return jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            List<Aggregate> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<Object> key = new ArrayList<>(groupBy.size());
                    for (int i = 0; i < groupBy.size(); i++) {
                        key.add(value(groupBy.get(i), rs, i + 1));
                    }
                    int n = groupBy.size();
                    long lots = rs.getLong(n + 3);
                    if (rs.wasNull()) {
                        continue; // no group at all: SUM over no rows
                    }
                    rows.add(new Aggregate(key, rs.getBigDecimal(n + 1), rs.getBigDecimal(n + 2), lots));
                }
            }
            return rows;
        });
    }

    /** Organization names by id, for the ids given. */
    public Map<Long, String> organizationNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> list = List.copyOf(ids);
        return jdbc.prepareStatement("SELECT id, name FROM organization WHERE id IN (" + marks(list.size()) + ")", statement -> {
            for (int i = 0; i < list.size(); i++) {
                statement.setLong(i + 1, list.get(i));
            }
            Map<Long, String> names = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            return names;
        });
    }

    /** Flags still open, optionally only those on a recycler's or a seller's lots. */
    public long openFlags(@Nullable Long recyclerId, @Nullable Long sellerId) {
        String sql = "SELECT COUNT(*) FROM flag WHERE status = 'OPEN'"
                + (recyclerId != null ? " AND recycler_organization_id = ?" : "")
                + (sellerId != null ? " AND seller_organization_id = ?" : "");
        return jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            if (recyclerId != null) {
                statement.setLong(i++, recyclerId);
            }
            if (sellerId != null) {
                statement.setLong(i, sellerId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** An awarded auction's clearing price and its lot's masses. */
    public record Award(String category, String currency, BigDecimal price, Instant closedAt, BigDecimal grossKg,
                        BigDecimal containedReoKg) {
    }

    /** Auctions awarded with a close in [from, until), optionally of one category. */
    public List<Award> awards(Instant from, Instant until, @Nullable String category) {
        String sql = "SELECT l.category, a.currency, a.current_price, a.closed_at, l.gross_mass_kg, l.contained_reo_kg"
                + " FROM auction a JOIN lot l ON l.id = a.lot_id"
                + " WHERE a.result = 'AWARDED' AND a.current_price IS NOT NULL AND a.closed_at >= ? AND a.closed_at < ?"
                + (category != null ? " AND l.category = ?" : "");
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC));
            if (category != null) {
                statement.setString(3, category);
            }
            List<Award> awards = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    awards.add(new Award(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                            rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getBigDecimal(5),
                            rs.getBigDecimal(6)));
                }
            }
            return awards;
        });
    }

    private static String expression(GroupKey key) {
        return switch (key) {
            case ELEMENT -> "c.element";
            case MONTH -> "c.month_start";
            case QUARTER -> "YEAR(c.month_start) * 10 + QUARTER(c.month_start)";
            case YEAR -> "YEAR(c.month_start)";
            case REGION -> "c.region";
            case CATEGORY -> "c.category";
            case RECYCLER -> "c.recycler_id";
            case SELLER -> "c.seller_id";
        };
    }

    private static Object value(GroupKey key, ResultSet rs, int column) throws java.sql.SQLException {
        return switch (key) {
            case MONTH -> {
                LocalDate month = rs.getObject(column, LocalDate.class);
                yield String.format("%04d-%02d", month.getYear(), month.getMonthValue());
            }
            case QUARTER -> {
                int quarter = rs.getInt(column);
                yield String.format("%04d-Q%d", quarter / 10, quarter % 10);
            }
            case YEAR -> String.format("%04d", rs.getInt(column));
            case RECYCLER, SELLER -> rs.getLong(column);
            default -> rs.getString(column);
        };
    }

    /** {@code CASE c.element WHEN 'Nd' THEN 1.1664 ... END} from the reference data (never from the request). */
    private String oxideFactorCase() {
        return elements().values().stream()
                .map(e -> "WHEN '" + e.symbol() + "' THEN " + e.oxideFactor().toPlainString())
                .collect(Collectors.joining(" ", "CASE c.element ", " END"));
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
