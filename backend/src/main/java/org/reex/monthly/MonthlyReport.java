package org.reex.monthly;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One filed version of a recycler's monthly report (V020); never updated, a correction is the next version. */
@MappedEntity("monthly_report")
public record MonthlyReport(
        @Id @GeneratedValue @Nullable Long id,
        long organizationId,
        String reportMonth,
        int version,
        long filedByUserId,
        Instant filedAt,
        @Nullable String note) {
}
