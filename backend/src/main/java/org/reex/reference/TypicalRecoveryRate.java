package org.reex.reference;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** A published recovery rate for a category, process route and element ('*' for every rare earth). */
@Introspected
public record TypicalRecoveryRate(String category, String processRoute, String element, BigDecimal rate, String source) {
}
