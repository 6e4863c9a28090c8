package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.web.Cursor;
import org.reex.shared.web.Page;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Browse with keyset pagination. Each sort walks an index in a fixed order with the id as tie-breaker, so
 * a page boundary is a position in that order: rows inserted while a client pages appear once or not at
 * all, never twice. Lots without a closing time (drafts) come after the others when sorting by closing time.
 */
@Singleton
public class LotSearchRepository {

    private static final String SELECT = "SELECT l.id, l.title, l.category, l.gross_mass_kg, l.contained_ree_kg, l.region, "
            + "l.status, l.closes_at, l.created_at, o.name AS seller_name FROM lot l "
            + "JOIN organization o ON o.id = l.seller_organization_id";

    private final JdbcOperations jdbc;

    public LotSearchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Page<LotSummaryRow> search(LotQuery query) {
        Position position = Position.decode(query.cursor(), query.sort());
        List<LotSummaryRow> rows = new ArrayList<>(fetch(query, position, query.limit() + 1));
        if (query.sort() == LotQuery.Sort.CLOSING_SOON && !position.undated() && rows.size() <= query.limit()
                && !query.listedOnly() && query.closingBefore() == null) {
            rows.addAll(fetch(query, Position.firstUndated(), query.limit() + 1 - rows.size()));
        }
        boolean more = rows.size() > query.limit();
        List<LotSummaryRow> items = more ? rows.subList(0, query.limit()) : rows;
        List<LotSummaryRow> withElements = attachElements(items);
        String next = more ? Position.after(items.get(items.size() - 1), query.sort()).encode() : null;
        return new Page<>(withElements, next);
    }

    /** Browse rows for the given ids, in the order given. */
    public List<LotSummaryRow> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        Map<Long, LotSummaryRow> found = jdbc.prepareStatement(SELECT + " WHERE l.id IN (" + marks + ")", statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            Map<Long, LotSummaryRow> rows = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    LotSummaryRow row = row(rs);
                    rows.put(row.id(), row);
                }
            }
            return rows;
        });
        return attachElements(ids.stream().filter(found::containsKey).map(found::get).toList());
    }

    private List<LotSummaryRow> fetch(LotQuery query, Position position, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.sellerOrganizationId() != null) {
            sql.append(" AND l.seller_organization_id = ?");
            args.add(query.sellerOrganizationId());
        }
        if (query.listedOnly()) {
            sql.append(" AND l.published_at IS NOT NULL");
        }
        if (query.status() != null) {
            sql.append(" AND l.status = ?");
            args.add(query.status().name());
        }
        if (query.category() != null) {
            sql.append(" AND l.category = ?");
            args.add(query.category());
        }
        if (query.element() != null) {
            // A scalar subquery, not EXISTS: optimizers turn EXISTS into a join that reads every lot declaring the
            // element and sorts them; this keeps the walk on the sort's index (bench/README.md, "Last measured").
            // uq_lot_composition allows one row per lot and element, so the subquery yields at most one value.
            sql.append(" AND (SELECT c.fraction FROM lot_composition c WHERE c.lot_id = l.id AND c.element = ?) > 0");
            args.add(query.element());
        }
        if (query.region() != null) {
            sql.append(" AND l.region = ?");
            args.add(query.region());
        }
        if (query.minMassKg() != null) {
            sql.append(" AND l.gross_mass_kg >= ?");
            args.add(query.minMassKg());
        }
        if (query.maxMassKg() != null) {
            sql.append(" AND l.gross_mass_kg <= ?");
            args.add(query.maxMassKg());
        }
        if (query.closingBefore() != null) {
            sql.append(" AND l.closes_at < ?");
            args.add(Timestamp.from(query.closingBefore()));
        }
        switch (query.sort()) {
            case CLOSING_SOON -> {
                if (position.undated()) {
                    sql.append(" AND l.closes_at IS NULL AND l.id > ? ORDER BY l.id");
                    args.add(position.id());
                } else {
                    sql.append(" AND l.closes_at IS NOT NULL");
                    if (position.time() != null) {
                        sql.append(" AND (l.closes_at > ? OR (l.closes_at = ? AND l.id > ?))");
                        args.add(Timestamp.from(position.time()));
                        args.add(Timestamp.from(position.time()));
                        args.add(position.id());
                    }
                    sql.append(" ORDER BY l.closes_at, l.id");
                }
            }
            case NEWEST -> {
                if (position.id() != null) {
                    sql.append(" AND l.id < ?");
                    args.add(position.id());
                }
                sql.append(" ORDER BY l.id DESC");
            }
            case CONTAINED_REE -> {
                if (position.amount() != null) {
                    sql.append(" AND (l.contained_ree_kg < ? OR (l.contained_ree_kg = ? AND l.id < ?))");
                    args.add(position.amount());
                    args.add(position.amount());
                    args.add(position.id());
                }
                sql.append(" ORDER BY l.contained_ree_kg DESC, l.id DESC");
            }
        }
        sql.append(" LIMIT ?");
        args.add(limit);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            bind(statement, args);
            List<LotSummaryRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        });
    }

    private List<LotSummaryRow> attachElements(List<LotSummaryRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        String ids = rows.stream().map(r -> "?").collect(Collectors.joining(","));
        Map<Long, List<String>> elements = jdbc.prepareStatement(
                "SELECT lot_id, element FROM lot_composition WHERE fraction > 0 AND lot_id IN (" + ids + ") "
                        + "ORDER BY lot_id, fraction DESC, element",
                statement -> {
                    for (int i = 0; i < rows.size(); i++) {
                        statement.setLong(i + 1, rows.get(i).id());
                    }
                    Map<Long, List<String>> byLot = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            byLot.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                    return byLot;
                });
        return rows.stream().map(r -> new LotSummaryRow(r.id(), r.title(), r.category(), r.grossMassKg(), r.containedReeKg(),
                List.copyOf(elements.getOrDefault(r.id(), List.of())), r.region(), r.status(), r.sellerName(),
                r.closesAt(), r.createdAt(), r.trading())).toList();
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof Timestamp timestamp) {
                statement.setTimestamp(i + 1, timestamp);
            } else if (arg instanceof BigDecimal decimal) {
                statement.setBigDecimal(i + 1, decimal);
            } else if (arg instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (arg instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) arg);
            }
        }
    }

    private static LotSummaryRow row(ResultSet rs) throws SQLException {
        Timestamp closes = rs.getTimestamp("closes_at");
        return new LotSummaryRow(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
                rs.getBigDecimal("gross_mass_kg"), rs.getBigDecimal("contained_ree_kg"), List.of(), rs.getString("region"),
                LotStatus.valueOf(rs.getString("status")), rs.getString("seller_name"),
                closes == null ? null : closes.toInstant(), rs.getTimestamp("created_at").toInstant(), null);
    }

    /** Where a page starts in the sort's order; encoded in the opaque cursor. */
    private record Position(LotQuery.Sort sort, boolean undated, @Nullable Instant time, @Nullable BigDecimal amount,
                            @Nullable Long id) {

        static Position firstUndated() {
            return new Position(LotQuery.Sort.CLOSING_SOON, true, null, null, 0L);
        }

        static Position after(LotSummaryRow row, LotQuery.Sort sort) {
            return switch (sort) {
                case CLOSING_SOON -> row.closesAt() == null
                        ? new Position(sort, true, null, null, row.id())
                        : new Position(sort, false, row.closesAt(), null, row.id());
                case NEWEST -> new Position(sort, false, null, null, row.id());
                case CONTAINED_REE -> new Position(sort, false, null, row.containedReeKg(), row.id());
            };
        }

        static Position decode(@Nullable String cursor, LotQuery.Sort sort) {
            if (cursor == null || cursor.isEmpty()) {
                return new Position(sort, false, null, null, null);
            }
            String[] parts = Cursor.decode(cursor, "cursor").split("\\|", -1);
            try {
                if (parts.length != 4 || !parts[0].equals(sort.name())) {
                    throw invalid();
                }
                boolean undated = parts[1].equals("u");
                Instant time = undated || parts[2].isEmpty() || sort != LotQuery.Sort.CLOSING_SOON ? null : Instant.parse(parts[2]);
                BigDecimal amount = sort == LotQuery.Sort.CONTAINED_REE ? new BigDecimal(parts[2]) : null;
                return new Position(sort, undated, time, amount, Long.parseLong(parts[3]));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw invalid();
            }
        }

        String encode() {
            String value = time != null ? time.toString() : amount != null ? amount.toPlainString() : "";
            return Cursor.encode(sort.name() + "|" + (undated ? "u" : "d") + "|" + value + "|" + id);
        }

        private static InvalidRequestException invalid() {
            return new InvalidRequestException("cursor", "is not a cursor this API issued for this sort");
        }
    }
}
