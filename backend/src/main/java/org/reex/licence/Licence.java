package org.reex.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

@MappedEntity("licence")
public record Licence(
        @Id @GeneratedValue @Nullable Long id,
        long organizationId,
        String number,
        String issuingAuthority,
        String regionServed,
        int maxHaulKm,
        Instant validFrom,
        Instant validTo,
        String dischargePermitNumber,
        LicenceStatus status,
        @Nullable String documentFileName,
        @Nullable String documentSha256,
        @Nullable byte[] document,
        @Version long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The status as of {@code at}: a live licence whose end has passed is EXPIRED, whatever is stored. */
    public LicenceStatus statusAt(Instant at) {
        return status.canExpire() && !validTo.isAfter(at) ? LicenceStatus.EXPIRED : status;
    }

    Licence withStatus(LicenceStatus newStatus, Instant now) {
        return new Licence(id, organizationId, number, issuingAuthority, regionServed, maxHaulKm, validFrom, validTo,
                dischargePermitNumber, newStatus, documentFileName, documentSha256, document, version, createdAt, now);
    }
}
