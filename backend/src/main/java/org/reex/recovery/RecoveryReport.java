package org.reex.recovery;

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

/** A lot's accepted recovery report (one per lot); its lines are {@link RecoveryLineRow}s. */
@MappedEntity("recovery_report")
public record RecoveryReport(
        @Id @GeneratedValue @Nullable Long id,
        long lotId,
        long recyclerOrganizationId,
        long submittedByUserId,
        String processRoute,
        BigDecimal declaredGrossKg,
        BigDecimal receivedKg,
        BigDecimal totalDeclaredKg,
        BigDecimal totalRecoveredKg,
        @MappedProperty(converter = UtcMicros.class) @TypeDef(type = DataType.STRING) Instant submittedAt) {
}
