package org.reex.lot;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A published lot's auction figures as a list shows them: the price (absent before the first bid and, in a sealed
 * tender, until the close), the bid count, and the buyer once awarded where the caller may know it.
 */
public record LotTrading(String currency, @Nullable BigDecimal currentPrice, int bidCount, @Nullable String winnerName) {
}
