package org.reex.lot;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** Browse filters, checked and normalised. {@code sellerOrganizationId} set means "my lots"; {@code listedOnly} hides drafts. */
public record LotQuery(@Nullable Long sellerOrganizationId, boolean listedOnly, @Nullable LotStatus status,
                       @Nullable String category, @Nullable String element, @Nullable String region,
                       @Nullable BigDecimal minMassKg, @Nullable BigDecimal maxMassKg, @Nullable Instant closingBefore,
                       Sort sort, @Nullable String cursor, int limit) {

    public enum Sort { CLOSING_SOON, NEWEST, CONTAINED_REE }
}
