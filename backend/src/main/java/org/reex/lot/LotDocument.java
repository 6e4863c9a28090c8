package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("lot_document")
public record LotDocument(
        @Id @GeneratedValue @Nullable Long id,
        long lotId,
        String kind,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        byte[] content,
        long uploadedByUserId,
        Instant uploadedAt) {
}
