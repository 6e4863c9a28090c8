package org.reex.tip;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A tip's attached file with its bytes, for download. */
@MappedEntity("tip_attachment")
public record TipAttachment(
        @Id long tipId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        byte[] content) {
}
