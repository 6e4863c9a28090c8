package org.reex.tip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One triage step of a tip, with the agency user's note. */
@MappedEntity("tip_triage")
public record TipTriage(
        @Id @GeneratedValue @Nullable Long id,
        long tipId,
        TipStatus fromStatus,
        TipStatus toStatus,
        String note,
        long byUserId,
        Instant at) {
}
