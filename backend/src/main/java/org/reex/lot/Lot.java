package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("lot")
public record Lot(
        @Id @GeneratedValue @Nullable Long id,
        long sellerOrganizationId,
        String title,
        String description,
        String category,
        BigDecimal grossMassKg,
        BigDecimal containedReeKg,
        BigDecimal containedReoKg,
        String region,
        BigDecimal latitude,
        BigDecimal longitude,
        String hazards,
        LotStatus status,
        @Nullable Instant closesAt,
        @Version long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Long awardedOrganizationId,
        @Nullable Instant awardedAt,
        @Nullable String certificateCode) {

    /** Whether everyone signed in may see it: once published, a lot is public for good. */
    boolean isListed() {
        return publishedAt != null;
    }

    Lot withStatus(LotStatus newStatus, Instant now) {
        return new Lot(id, sellerOrganizationId, title, description, category, grossMassKg, containedReeKg, containedReoKg,
                region, latitude, longitude, hazards, newStatus, closesAt, version, createdAt, now, publishedAt, awardedOrganizationId,
                awardedAt, certificateCode);
    }

    Lot published(Instant closes, Instant now) {
        return new Lot(id, sellerOrganizationId, title, description, category, grossMassKg, containedReeKg, containedReoKg,
                region, latitude, longitude, hazards, LotStatus.OPEN, closes, version, createdAt, now, now, null, null, null);
    }

    Lot awarded(long organizationId, Instant at) {
        return new Lot(id, sellerOrganizationId, title, description, category, grossMassKg, containedReeKg, containedReoKg,
                region, latitude, longitude, hazards, LotStatus.AWARDED, closesAt, version, createdAt, at, publishedAt,
                organizationId, at, null);
    }

    Lot certified(String code, Instant now) {
        return new Lot(id, sellerOrganizationId, title, description, category, grossMassKg, containedReeKg, containedReoKg,
                region, latitude, longitude, hazards, LotStatus.CERTIFIED, closesAt, version, createdAt, now, publishedAt,
                awardedOrganizationId, awardedAt, code);
    }

    /** The winner: the organization the lot was awarded to, once it was. */
    @Nullable
    Long winnerOrganizationId() {
        return awardedOrganizationId;
    }
}
