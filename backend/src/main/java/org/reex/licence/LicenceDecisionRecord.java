package org.reex.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("licence_decision")
public record LicenceDecisionRecord(
        @Id @GeneratedValue @Nullable Long id,
        long licenceId,
        String decision,
        LicenceStatus fromStatus,
        LicenceStatus toStatus,
        @Nullable String reason,
        long decidedByUserId,
        Instant decidedAt) {
}
