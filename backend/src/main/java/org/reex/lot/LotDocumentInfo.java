package org.reex.lot;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A document without its bytes, for lists. */
@Introspected
public record LotDocumentInfo(long id, long lotId, String kind, String fileName, String contentType, long sizeBytes,
                              String sha256, Instant uploadedAt) {
}
