package org.reex.tip;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What a reporter sends, as received (trimmed and checked by {@link TipService}). */
public record NewTip(@Nullable TipAbout about, @Nullable String organizationName, @Nullable Long lotId,
                     @Nullable String subject, @Nullable String description, @Nullable String place,
                     @Nullable Instant observedAt, @Nullable String contact, @Nullable String fileName,
                     @Nullable byte[] file) {
}
