package org.reex.targets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

/** A recovery target: region '' is nationwide, element '' all rare earths together. */
@MappedEntity("recovery_target")
public record RecoveryTarget(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("target_year") int year,
        String region,
        String element,
        @Nullable BigDecimal targetRecoveredKg,
        @Nullable BigDecimal targetRecoveryRate,
        long version,
        long createdByUserId,
        Instant createdAt,
        @Nullable Long updatedByUserId,
        @Nullable Instant updatedAt) {

    public static final String NATIONWIDE = "";
    public static final String ALL_ELEMENTS = "";
}
