package org.reex.recovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One element of a report, metal basis; declaredKg is 0.000 for an element the lot did not declare. */
@MappedEntity("recovery_line")
public record RecoveryLineRow(
        @Id @GeneratedValue @Nullable Long id,
        long reportId,
        String element,
        BigDecimal declaredKg,
        BigDecimal recoveredKg,
        String productForm,
        BigDecimal purityPercent) {
}
