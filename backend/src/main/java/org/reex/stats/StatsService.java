package org.reex.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recovery statistics from the rollups, scoped by the caller, and clearing prices from awarded auctions.
 * Sums stay exact (DECIMAL in the database, BigDecimal here) and are rounded once, at the end.
 */
@Singleton
public class StatsService {

    /** {@code to} may lie at most this many months after {@code from}. */
    static final int MAX_MONTHS_APART = 120;

    private final StatsRepository repository;

    public StatsService(StatsRepository repository) {
        this.repository = repository;
    }

    @ReadOnly
    public RecoveryTable recovery(Caller caller, String from, String to, List<GroupKey> groupBy, boolean oxide,
                                  @Nullable List<String> elements, @Nullable String region, @Nullable String category,
                                  @Nullable Long recyclerId, @Nullable Long sellerId) {
        Scope scope = scope(caller, recyclerId, sellerId);
        Violations violations = new Violations();
        YearMonth[] period = period(from, to, violations);
        Set<String> symbols = new LinkedHashSet<>();
        for (String symbol : elements == null ? List.<String>of() : elements) {
            if (!repository.elements().containsKey(symbol)) {
                violations.add("element", "is not a rare-earth symbol such as Nd: " + symbol);
            }
            symbols.add(symbol);
        }
        violations.throwIfAny();
        List<GroupKey> keys = List.copyOf(new LinkedHashSet<>(groupBy));
        RecoveryQuery query = new RecoveryQuery(period[0], period[1], keys, oxide, symbols,
                region == null || region.isBlank() ? null : region, category, scope.recyclerId(), scope.sellerId());
        List<RecoveryRow> rows = keys.isEmpty() ? List.of() : rows(query);
        return new RecoveryTable(from, to, oxide, keys, rows, totals(query));
    }

    /**
     * Everyone's declared and recovered kg (metal basis) over the months, in one region or nationwide, for one
     * element or all: the figures a recovery target is measured against. Not scoped to the caller: a target's
     * progress is an aggregate every organization it covers may see.
     */
    @ReadOnly
    public RecoveryRow totals(YearMonth from, YearMonth to, @Nullable String region, @Nullable String element) {
        return totals(new RecoveryQuery(from, to, List.of(), false, element == null ? Set.of() : Set.of(element),
                region, null, null, null));
    }

    @ReadOnly
    public Overview overview(Caller caller, String from, String to) {
        Scope scope = scope(caller, null, null);
        Violations violations = new Violations();
        YearMonth[] period = period(from, to, violations);
        violations.throwIfAny();
        long months = ChronoUnit.MONTHS.between(period[0], period[1]) + 1;
        YearMonth previousTo = period[0].minusMonths(1);
        YearMonth previousFrom = previousTo.minusMonths(months - 1);
        RecoveryQuery current = new RecoveryQuery(period[0], period[1], List.of(), false, Set.of(), null, null,
                scope.recyclerId(), scope.sellerId());
        RecoveryQuery previous = current.during(previousFrom, previousTo);
        Map<String, BigDecimal[]> byElement = new TreeMap<>(Comparator.comparingInt(RareEarths::bit));
        for (RecoveryRow row : rows(current.groupedBy(List.of(GroupKey.ELEMENT)))) {
            byElement.computeIfAbsent(row.element(), e -> zeros())[0] = row.recoveredKg();
        }
        for (RecoveryRow row : rows(previous.groupedBy(List.of(GroupKey.ELEMENT)))) {
            byElement.computeIfAbsent(row.element(), e -> zeros())[1] = row.recoveredKg();
        }
        List<Overview.ElementTrend> trends = byElement.entrySet().stream()
                .map(e -> new Overview.ElementTrend(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Overview(from, to, previousFrom.toString(), previousTo.toString(), totals(current), totals(previous),
                repository.openFlags(scope.recyclerId(), scope.sellerId()), trends);
    }

    @ReadOnly
    public PriceTable prices(Caller caller, String from, String to, @Nullable String category) {
        Violations violations = new Violations();
        YearMonth[] period = period(from, to, violations);
        violations.throwIfAny();
        List<StatsRepository.Award> awards = repository.awards(period[0].atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                period[1].plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), category);
        Map<List<String>, List<StatsRepository.Award>> groups = new TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (StatsRepository.Award award : awards) {
            String month = YearMonth.from(award.closedAt().atOffset(ZoneOffset.UTC)).toString();
            groups.computeIfAbsent(List.of(award.category(), month, award.currency()), k -> new ArrayList<>()).add(award);
        }
        List<PriceRow> rows = new ArrayList<>();
        groups.forEach((key, group) -> rows.add(PriceRow.of(key.get(0), key.get(1), key.get(2), group)));
        return new PriceTable(from, to, rows);
    }

    private List<RecoveryRow> rows(RecoveryQuery query) {
        List<StatsRepository.Aggregate> aggregates = new ArrayList<>(aggregates(query));
        aggregates.sort(order(query.groupBy()));
        Set<Long> organizations = new HashSet<>();
        for (StatsRepository.Aggregate a : aggregates) {
            for (int i = 0; i < query.groupBy().size(); i++) {
                if (a.key().get(i) instanceof Long id) {
                    organizations.add(id);
                }
            }
        }
        Map<Long, String> names = repository.organizationNames(organizations);
        return aggregates.stream().map(a -> row(query.groupBy(), a, names)).toList();
    }

    private RecoveryRow totals(RecoveryQuery query) {
        List<StatsRepository.Aggregate> all = aggregates(query.groupedBy(List.of()));
        StatsRepository.Aggregate total = all.isEmpty()
                ? new StatsRepository.Aggregate(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, 0) : all.get(0);
        return row(List.of(), total, Map.of());
    }

    /**
     * The cube or cubes that answer the query. Grouped by element, or filtered to one element, an element cube
     * holds everything including the lot counts. Otherwise a lot is counted once however many elements it has:
     * lot counts come from a lot cube (the full one with its element mask when filtered by several elements),
     * and the sums from a lot cube too when nothing needs per-element figures (metal basis, no element filter).
     */
    private List<StatsRepository.Aggregate> aggregates(RecoveryQuery query) {
        Set<Cube.Dimension> dimensions = query.dimensions();
        if (query.groupBy().contains(GroupKey.ELEMENT) || query.elements().size() == 1) {
            return repository.aggregate(Cube.smallest(true, dimensions, false), query, query.oxide());
        }
        if (query.elements().isEmpty() && !query.oxide()) {
            return repository.aggregate(Cube.smallest(false, dimensions, false), query, false);
        }
        List<StatsRepository.Aggregate> sums = repository.aggregate(Cube.smallest(true, dimensions, false), query, query.oxide());
        List<StatsRepository.Aggregate> lots = repository.aggregate(
                Cube.smallest(false, dimensions, !query.elements().isEmpty()), query, false);
        Map<List<Object>, StatsRepository.Aggregate> merged = new LinkedHashMap<>();
        for (StatsRepository.Aggregate a : lots) {
            merged.put(a.key(), new StatsRepository.Aggregate(a.key(), BigDecimal.ZERO, BigDecimal.ZERO, a.lots()));
        }
        for (StatsRepository.Aggregate a : sums) {
            StatsRepository.Aggregate counted = merged.get(a.key());
            merged.put(a.key(), new StatsRepository.Aggregate(a.key(), a.declared(), a.recovered(),
                    counted == null ? 0 : counted.lots()));
        }
        return List.copyOf(merged.values());
    }

    private RecoveryRow row(List<GroupKey> keys, StatsRepository.Aggregate a, Map<Long, String> names) {
        String element = null;
        String elementName = null;
        String month = null;
        String quarter = null;
        String year = null;
        String region = null;
        String category = null;
        Long recyclerId = null;
        Long sellerId = null;
        for (int i = 0; i < keys.size(); i++) {
            Object value = a.key().get(i);
            switch (keys.get(i)) {
                case ELEMENT -> {
                    element = (String) value;
                    StatsRepository.ElementInfo info = repository.elements().get(element);
                    elementName = info == null ? element : info.name();
                }
                case MONTH -> month = (String) value;
                case QUARTER -> quarter = (String) value;
                case YEAR -> year = (String) value;
                case REGION -> region = (String) value;
                case CATEGORY -> category = (String) value;
                case RECYCLER -> recyclerId = (Long) value;
                case SELLER -> sellerId = (Long) value;
            }
        }
        BigDecimal rate = a.declared().signum() == 0 ? null : a.recovered().divide(a.declared(), 6, RoundingMode.HALF_UP);
        return new RecoveryRow(element, elementName, month, quarter, year, region, category,
                recyclerId, recyclerId == null ? null : names.get(recyclerId),
                sellerId, sellerId == null ? null : names.get(sellerId),
                a.declared().setScale(3, RoundingMode.HALF_UP), a.recovered().setScale(3, RoundingMode.HALF_UP), rate, a.lots());
    }

    /** Rows in the order of the group keys: elements by atomic number, periods in time, the rest by value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<StatsRepository.Aggregate> order(List<GroupKey> keys) {
        Comparator<StatsRepository.Aggregate> order = (a, b) -> 0;
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            if (keys.get(i) == GroupKey.ELEMENT) {
                order = order.thenComparingInt(a -> RareEarths.bit((String) a.key().get(index)));
            } else {
                order = order.thenComparing(a -> (Comparable) a.key().get(index));
            }
        }
        return order;
    }

    private record Scope(@Nullable Long recyclerId, @Nullable Long sellerId) {
    }

    /**
     * Agencies see everything; a recycler only its own recovery, a manufacturer only its own lots (another's id
     * is refused, none means its own); nobody else sees recovery figures.
     */
    private static Scope scope(Caller caller, @Nullable Long recyclerId, @Nullable Long sellerId) {
        switch (caller.role()) {
            case Roles.AGENCY:
                return new Scope(recyclerId, sellerId);
            case Roles.RECYCLER:
                if (recyclerId != null && recyclerId != caller.organizationId()) {
                    throw new ForbiddenException("A recycler sees only its own recovery.");
                }
                return new Scope(caller.organizationId(), sellerId);
            case Roles.MANUFACTURER:
                if (sellerId != null && sellerId != caller.organizationId()) {
                    throw new ForbiddenException("A manufacturer sees only the recovery of its own lots.");
                }
                return new Scope(recyclerId, caller.organizationId());
            default:
                throw new ForbiddenException("Recovery statistics are for agencies, recyclers and manufacturers.");
        }
    }

    private static YearMonth[] period(String from, String to, Violations violations) {
        YearMonth first = month(from, "from", violations);
        YearMonth last = month(to, "to", violations);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                violations.add("from", "must not be after to");
            } else if (ChronoUnit.MONTHS.between(first, last) > MAX_MONTHS_APART) {
                violations.add("to", "must be at most " + MAX_MONTHS_APART + " months after from");
            }
        }
        return new YearMonth[]{first, last};
    }

    @Nullable
    private static YearMonth month(@Nullable String raw, String field, Violations violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(field, "is required");
            return null;
        }
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException e) {
            violations.add(field, "must be a month such as 2026-11");
            return null;
        }
    }

    private static BigDecimal[] zeros() {
        BigDecimal zero = BigDecimal.ZERO.setScale(3);
        return new BigDecimal[]{zero, zero};
    }
}
