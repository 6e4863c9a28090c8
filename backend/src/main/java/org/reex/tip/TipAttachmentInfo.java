package org.reex.tip;

import io.micronaut.core.annotation.Introspected;

/** A tip's attached file without its bytes. */
@Introspected
public record TipAttachmentInfo(long tipId, String fileName, String contentType, long sizeBytes, String sha256) {
}
