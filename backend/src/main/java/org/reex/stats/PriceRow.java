package org.reex.stats;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One category, month and currency of awarded auctions. Medians are over the lots' own ratios, each worked out
 * to 20 decimals, the middle two averaged for an even count, then rounded half-up to 4 decimals.
 */
public record PriceRow(String category, String month, String currency, long lotsAwarded, BigDecimal totalPrice,
                       BigDecimal totalGrossKg, BigDecimal medianPricePerTonne, @Nullable BigDecimal medianPricePerKgReo) {

    private static final int RATIO_SCALE = 20;
    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    static PriceRow of(String category, String month, String currency, List<StatsRepository.Award> awards) {
        BigDecimal price = BigDecimal.ZERO.setScale(4);
        BigDecimal gross = BigDecimal.ZERO.setScale(3);
        List<BigDecimal> perTonne = new java.util.ArrayList<>();
        List<BigDecimal> perKgReo = new java.util.ArrayList<>();
        for (StatsRepository.Award award : awards) {
            price = price.add(award.price());
            gross = gross.add(award.grossKg());
            perTonne.add(award.price().multiply(KG_PER_TONNE).divide(award.grossKg(), RATIO_SCALE, RoundingMode.HALF_UP));
            if (award.containedReoKg() != null && award.containedReoKg().signum() > 0) {
                perKgReo.add(award.price().divide(award.containedReoKg(), RATIO_SCALE, RoundingMode.HALF_UP));
            }
        }
        return new PriceRow(category, month, currency, awards.size(), price.setScale(4, RoundingMode.HALF_UP),
                gross.setScale(3, RoundingMode.HALF_UP), median(perTonne), perKgReo.isEmpty() ? null : median(perKgReo));
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(4, RoundingMode.HALF_UP);
    }
}
