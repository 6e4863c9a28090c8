package org.reex.stats;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** One answer row of /stats/recovery; group keys not asked for are null. Masses rounded to 3 decimals. */
public record RecoveryRow(
        @Nullable String element,
        @Nullable String elementName,
        @Nullable String month,
        @Nullable String quarter,
        @Nullable String year,
        @Nullable String region,
        @Nullable String category,
        @Nullable Long recyclerId,
        @Nullable String recyclerName,
        @Nullable Long sellerId,
        @Nullable String sellerName,
        BigDecimal declaredKg,
        BigDecimal recoveredKg,
        @Nullable BigDecimal recoveryRate,
        long lots) {
}
