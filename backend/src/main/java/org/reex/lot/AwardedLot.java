package org.reex.lot;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the after-award features (custody, recovery, flags) need of a lot: its parties, its declared gross mass and
 * composition as awarded, where it is, and how far along custody it is. The winner is null before an award.
 */
public record AwardedLot(long id, long sellerOrganizationId, @Nullable Long winnerOrganizationId, String title,
                         String category, String region, BigDecimal grossMassKg, LotStatus status,
                         @Nullable Instant awardedAt, @Nullable String certificateCode, List<Declared> composition) {

    /** One declared line: element symbol and mass fraction. */
    public record Declared(String element, BigDecimal fraction) {
    }

    public boolean isSeller(long organizationId) {
        return sellerOrganizationId == organizationId;
    }

    public boolean isWinner(long organizationId) {
        return winnerOrganizationId != null && winnerOrganizationId == organizationId;
    }
}
