package org.reex.tip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A tip as filed: only what the reporter typed, with the receipt code that is their handle on it. {@code lotId} is
 * the lot number as typed, which may name no lot; the lots an agency links are kept apart ({@link TipLinks}).
 */
@MappedEntity("tip")
public record Tip(
        @Id @GeneratedValue @Nullable Long id,
        String receiptCode,
        TipStatus status,
        TipAbout about,
        @Nullable String organizationName,
        @Nullable Long lotId,
        @Nullable String subject,
        String description,
        String place,
        Instant observedAt,
        @Nullable String contact,
        Instant receivedAt,
        Instant updatedAt) {
}
