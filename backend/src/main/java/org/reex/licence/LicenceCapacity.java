package org.reex.licence;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

@Introspected
public record LicenceCapacity(long licenceId, String category, BigDecimal tonnesPerYear) {
}
