package org.reex.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("organization")
public record Organization(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        OrganizationKind type,
        String region,
        BigDecimal latitude,
        BigDecimal longitude,
        Instant createdAt) {
}
