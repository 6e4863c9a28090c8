package org.reex.lot;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** What matching needs of a lot. {@code mainElement} is the declared rare earth with the largest fraction. */
public record LotFacts(long id, long sellerOrganizationId, String title, String category, BigDecimal grossMassKg,
                       BigDecimal latitude, BigDecimal longitude, @Nullable Instant closesAt, LotStatus status,
                       @Nullable String mainElement) {
}
