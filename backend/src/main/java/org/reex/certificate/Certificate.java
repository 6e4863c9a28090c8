package org.reex.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An issued certificate: its canonical content as signed, the compact JWS over it and the signing key's id. */
@MappedEntity("certificate")
public record Certificate(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        long lotId,
        String content,
        String jws,
        String keyId,
        Instant issuedAt) {
}
