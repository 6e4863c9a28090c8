package org.reex.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The test's own answer to a /stats/recovery question, worked out from the certified lots the test sent and
 * the reference factors, by a plain walk over lots and elements (no cubes). Rows are maps shaped like the JSON.
 */
final class StatsExpected {

    static final List<String> ATOMIC_ORDER = List.of(
            "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu");

    record Question(String from, String to, List<String> groupBy, boolean oxide, Set<String> elements, String region,
                    String category, Long recyclerId, Long sellerId) {
    }

    private final Map<String, BigDecimal> factors;
    private final Map<String, String> elementNames;
    private final Map<Long, String> orgNames;

    StatsExpected(Map<String, BigDecimal> factors, Map<String, String> elementNames, Map<Long, String> orgNames) {
        this.factors = factors;
        this.elementNames = elementNames;
        this.orgNames = orgNames;
    }

    private static final class Acc {
        BigDecimal declared = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        long lots;
    }

    /** Rows then totals (the last element). */
    List<Map<String, Object>> answer(List<CertifiedLot> lots, Question q) {
        YearMonth from = YearMonth.parse(q.from());
        YearMonth to = YearMonth.parse(q.to());
        Predicate<CertifiedLot> inScope = lot -> {
            YearMonth m = YearMonth.from(lot.certifiedAt().atOffset(ZoneOffset.UTC));
            return !m.isBefore(from) && !m.isAfter(to)
                    && (q.region() == null || q.region().equals(lot.region()))
                    && (q.category() == null || q.category().equals(lot.category()))
                    && (q.recyclerId() == null || q.recyclerId() == lot.recyclerOrganizationId())
                    && (q.sellerId() == null || q.sellerId() == lot.sellerOrganizationId());
        };
        Map<List<Object>, Acc> groups = new TreeMap<>(order(q.groupBy()));
        Acc total = new Acc();
        boolean byElement = q.groupBy().contains("element");
        for (CertifiedLot lot : lots) {
            if (!inScope.test(lot)) {
                continue;
            }
            boolean lotCounted = false;
            boolean anyElement = false;
            for (CertifiedLot.ElementMass m : lot.elements()) {
                boolean nonZero = m.declaredKg().signum() != 0 || m.recoveredKg().signum() != 0;
                if (!nonZero || (!q.elements().isEmpty() && !q.elements().contains(m.element()))) {
                    continue;
                }
                anyElement = true;
                BigDecimal factor = q.oxide() ? factors.get(m.element()) : BigDecimal.ONE;
                BigDecimal declared = m.declaredKg().multiply(factor);
                BigDecimal recovered = m.recoveredKg().multiply(factor);
                Acc group = groups.computeIfAbsent(key(q.groupBy(), lot, m.element()), k -> new Acc());
                group.declared = group.declared.add(declared);
                group.recovered = group.recovered.add(recovered);
                total.declared = total.declared.add(declared);
                total.recovered = total.recovered.add(recovered);
                if (byElement) {
                    group.lots++;
                } else if (!lotCounted) {
                    group.lots++;
                    lotCounted = true;
                }
            }
            if (!anyElement && q.elements().isEmpty() && !q.groupBy().isEmpty() && !byElement) {
                groups.computeIfAbsent(key(q.groupBy(), lot, null), k -> new Acc()).lots++;
            }
            if (anyElement || q.elements().isEmpty()) {
                total.lots++;
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (!q.groupBy().isEmpty()) {
            groups.forEach((key, acc) -> out.add(row(q.groupBy(), key, acc)));
        }
        out.add(row(List.of(), List.of(), total));
        return out;
    }

    private static List<Object> key(List<String> groupBy, CertifiedLot lot, String element) {
        YearMonth m = YearMonth.from(lot.certifiedAt().atOffset(ZoneOffset.UTC));
        List<Object> key = new ArrayList<>();
        for (String k : groupBy) {
            key.add(switch (k) {
                case "element" -> element;
                case "month" -> m.toString();
                case "quarter" -> m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
                case "year" -> String.valueOf(m.getYear());
                case "region" -> lot.region();
                case "category" -> lot.category();
                case "recycler" -> lot.recyclerOrganizationId();
                case "seller" -> lot.sellerOrganizationId();
                default -> throw new IllegalArgumentException(k);
            });
        }
        return key;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<List<Object>> order(List<String> groupBy) {
        Comparator<List<Object>> c = (a, b) -> 0;
        for (int i = 0; i < groupBy.size(); i++) {
            int index = i;
            if (groupBy.get(i).equals("element")) {
                c = c.thenComparingInt(k -> ATOMIC_ORDER.indexOf((String) k.get(index)));
            } else {
                c = c.thenComparing(k -> (Comparable) k.get(index));
            }
        }
        return c;
    }

    private Map<String, Object> row(List<String> groupBy, List<Object> key, Acc acc) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < groupBy.size(); i++) {
            Object value = key.get(i);
            switch (groupBy.get(i)) {
                case "element" -> {
                    row.put("element", value);
                    row.put("elementName", elementNames.get((String) value));
                }
                case "recycler" -> {
                    row.put("recyclerId", value);
                    row.put("recyclerName", orgNames.get((Long) value));
                }
                case "seller" -> {
                    row.put("sellerId", value);
                    row.put("sellerName", orgNames.get((Long) value));
                }
                default -> row.put(groupBy.get(i), value);
            }
        }
        row.put("declaredKg", acc.declared.setScale(3, RoundingMode.HALF_UP).toPlainString());
        row.put("recoveredKg", acc.recovered.setScale(3, RoundingMode.HALF_UP).toPlainString());
        if (acc.declared.signum() != 0) {
            row.put("recoveryRate", acc.recovered.divide(acc.declared, 6, RoundingMode.HALF_UP).toPlainString());
        }
        row.put("lots", acc.lots);
        return row;
    }
}
