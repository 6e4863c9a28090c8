package org.reex.stats;

import io.micronaut.core.annotation.Nullable;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One validated, scoped question to the rollups: months inclusive, the keys to group by, the basis and the
 * filters (a recycler's or manufacturer's own id already forced in).
 */
public record RecoveryQuery(
        YearMonth from,
        YearMonth to,
        List<GroupKey> groupBy,
        boolean oxide,
        Set<String> elements,
        @Nullable String region,
        @Nullable String category,
        @Nullable Long recyclerId,
        @Nullable Long sellerId) {

    public RecoveryQuery {
        groupBy = List.copyOf(groupBy);
        elements = Set.copyOf(elements);
    }

    /** The same question over other months. */
    public RecoveryQuery during(YearMonth first, YearMonth last) {
        return new RecoveryQuery(first, last, groupBy, oxide, elements, region, category, recyclerId, sellerId);
    }

    /** The same question with other group keys. */
    public RecoveryQuery groupedBy(List<GroupKey> keys) {
        return new RecoveryQuery(from, to, keys, oxide, elements, region, category, recyclerId, sellerId);
    }

    /** The cube dimensions the group keys and filters need (besides month and element). */
    Set<Cube.Dimension> dimensions() {
        Set<Cube.Dimension> needed = EnumSet.noneOf(Cube.Dimension.class);
        for (GroupKey key : groupBy) {
            if (key.dimension() != null) {
                needed.add(key.dimension());
            }
        }
        if (region != null) {
            needed.add(Cube.Dimension.REGION);
        }
        if (category != null) {
            needed.add(Cube.Dimension.CATEGORY);
        }
        if (recyclerId != null) {
            needed.add(Cube.Dimension.RECYCLER);
        }
        if (sellerId != null) {
            needed.add(Cube.Dimension.SELLER);
        }
        return needed;
    }
}
