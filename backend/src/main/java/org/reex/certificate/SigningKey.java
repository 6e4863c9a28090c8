package org.reex.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A key that signs, or once signed, certificates. {@code privateJwk} is set only for the key a local run generated
 * for itself ({@code localSlot} 1); a configured key's private half never reaches the database.
 */
@MappedEntity("signing_key")
public record SigningKey(
        @Id String kid,
        String publicJwk,
        @Nullable String privateJwk,
        @Nullable Integer localSlot,
        Instant createdAt,
        @Nullable Instant retiredAt) {

    SigningKey retired(Instant at) {
        return new SigningKey(kid, publicJwk, privateJwk, localSlot, createdAt, at);
    }

    SigningKey current() {
        return new SigningKey(kid, publicJwk, privateJwk, localSlot, createdAt, null);
    }
}
