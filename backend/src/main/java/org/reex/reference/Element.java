package org.reex.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;

@MappedEntity("element")
public record Element(
        @Id String symbol,
        int atomicNumber,
        String name,
        BigDecimal atomicMass,
        @MappedProperty("element_group") String group,
        String oxideFormula,
        BigDecimal metalToOxideFactor) {
}
