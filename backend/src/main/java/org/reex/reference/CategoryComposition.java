package org.reex.reference;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** One element's typical share of a waste category, with its range, confidence and source. */
@Introspected
public record CategoryComposition(
        String category,
        String element,
        BigDecimal typicalFraction,
        BigDecimal minFraction,
        BigDecimal maxFraction,
        String confidence,
        String source) {
}
