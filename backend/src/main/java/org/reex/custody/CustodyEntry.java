package org.reex.custody;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.reex.shared.UtcMicros;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One stored custody event; never updated or deleted. Which of the optional fields are set depends on the step. */
@MappedEntity("custody_event")
public record CustodyEntry(
        @Id @GeneratedValue @Nullable Long id,
        long lotId,
        int sequence,
        CustodyStep type,
        @MappedProperty(converter = UtcMicros.class) @TypeDef(type = DataType.STRING) Instant occurredAt,
        long actorOrganizationId,
        long actorUserId,
        @MappedProperty(converter = UtcMicros.class) @TypeDef(type = DataType.STRING) Instant recordedAt,
        @Nullable BigDecimal shippedKg,
        @Nullable String carrier,
        @Nullable String vehiclePlate,
        @Nullable String transportDocument,
        @Nullable String documentMismatchReason,
        @Nullable BigDecimal weighedKg,
        @Nullable String weighbridgeTicket,
        @Nullable String processRoute,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        String previousHash,
        String hash) {

    CustodyEntry withHash(String newHash) {
        return new CustodyEntry(id, lotId, sequence, type, occurredAt, actorOrganizationId, actorUserId, recordedAt, shippedKg,
                carrier, vehiclePlate, transportDocument, documentMismatchReason, weighedKg, weighbridgeTicket, processRoute,
                startedOn, endedOn, previousHash, newHash);
    }
}
