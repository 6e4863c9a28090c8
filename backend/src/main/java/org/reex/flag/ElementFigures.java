package org.reex.flag;

import java.math.BigDecimal;

/** One element of a recovery report as the element rules see it; {@code declared} is whether the lot declared it. */
public record ElementFigures(String element, boolean declared, BigDecimal declaredKg, BigDecimal recoveredKg) {
}
