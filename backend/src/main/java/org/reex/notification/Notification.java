package org.reex.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("notification")
public record Notification(@Id @GeneratedValue @Nullable Long id, long organizationId, String type, String params,
                           @Nullable Long lotId, Instant createdAt, @Nullable Instant readAt) {
}
