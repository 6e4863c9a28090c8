package org.reex.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        long organizationId,
        String email,
        String passwordHash,
        String displayName,
        Instant createdAt) {
}
