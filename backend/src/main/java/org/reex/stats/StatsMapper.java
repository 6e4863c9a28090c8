package org.reex.stats;

import org.reex.api.model.ElementChange;
import org.reex.api.model.MassBasis;
import org.reex.api.model.PriceStats;
import org.reex.api.model.PriceStatsRow;
import org.reex.api.model.RecoveryStats;
import org.reex.api.model.RecoveryStatsRow;
import org.reex.api.model.StatsGroupKey;
import org.reex.api.model.StatsOverview;
import org.reex.api.model.WasteCategory;

import java.math.BigDecimal;
import java.util.List;

/** Statistics between their internal records and the generated API models. Decimals travel as plain strings. */
final class StatsMapper {

    private StatsMapper() {
    }

    static List<GroupKey> toGroupKeys(List<StatsGroupKey> keys) {
        return keys == null ? List.of() : keys.stream().map(k -> GroupKey.valueOf(k.name())).toList();
    }

    static RecoveryStats toResponse(RecoveryTable table) {
        return new RecoveryStats(table.from(), table.to(), table.oxide() ? MassBasis.OXIDE : MassBasis.METAL,
                table.groupBy().stream().map(k -> StatsGroupKey.valueOf(k.name())).toList(),
                table.rows().stream().map(StatsMapper::toResponse).toList(), toResponse(table.totals()));
    }

    static RecoveryStatsRow toResponse(RecoveryRow row) {
        RecoveryStatsRow out = new RecoveryStatsRow(plain(row.declaredKg()), plain(row.recoveredKg()), row.lots());
        out.setElement(row.element());
        out.setElementName(row.elementName());
        out.setMonth(row.month());
        out.setQuarter(row.quarter());
        out.setYear(row.year());
        out.setRegion(row.region());
        out.setCategory(row.category() == null ? null : WasteCategory.fromValue(row.category()));
        out.setRecyclerId(row.recyclerId());
        out.setRecyclerName(row.recyclerName());
        out.setSellerId(row.sellerId());
        out.setSellerName(row.sellerName());
        out.setRecoveryRate(plain(row.recoveryRate()));
        return out;
    }

    static StatsOverview toResponse(Overview overview) {
        RecoveryRow now = overview.current();
        RecoveryRow before = overview.previous();
        StatsOverview out = new StatsOverview(overview.from(), overview.to(), overview.previousFrom(), overview.previousTo(),
                plain(now.recoveredKg()), plain(before.recoveredKg()), plain(now.declaredKg()), plain(before.declaredKg()),
                now.lots(), before.lots(), overview.openFlags(),
                overview.byElement().stream().map(t -> new ElementChange(t.element(), plain(t.recoveredKg()),
                        plain(t.previousRecoveredKg()))).toList());
        out.setRecoveryRate(plain(now.recoveryRate()));
        out.setPreviousRecoveryRate(plain(before.recoveryRate()));
        return out;
    }

    static PriceStats toResponse(PriceTable table) {
        return new PriceStats(table.from(), table.to(), table.rows().stream().map(r -> {
            PriceStatsRow row = new PriceStatsRow(WasteCategory.fromValue(r.category()), r.month(), r.currency(),
                    r.lotsAwarded(), plain(r.totalPrice()), plain(r.totalGrossKg()), plain(r.medianPricePerTonne()));
            row.setMedianPricePerKgReo(plain(r.medianPricePerKgReo()));
            return row;
        }).toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
