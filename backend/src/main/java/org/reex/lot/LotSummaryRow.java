package org.reex.lot;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One line of a browse page. */
public record LotSummaryRow(long id, String title, String category, BigDecimal grossMassKg, BigDecimal containedReeKg,
                            List<String> elements, String region, LotStatus status, String sellerName,
                            @Nullable Instant closesAt, Instant createdAt, @Nullable LotTrading trading) {

    public LotSummaryRow withTrading(@Nullable LotTrading figures) {
        return new LotSummaryRow(id, title, category, grossMassKg, containedReeKg, elements, region, status, sellerName,
                closesAt, createdAt, figures);
    }
}
