package org.reex.certificate;

import java.time.Instant;
import java.util.Map;

/**
 * A certificate as issued: its content (the JSON object that was signed, decimals as strings), the canonical text
 * that the JWS payload holds, the JWS and its key id.
 */
public record IssuedCertificate(
        String code,
        long lotId,
        Map<String, Object> content,
        String canonicalContent,
        String jws,
        String keyId,
        Instant issuedAt) {
}
