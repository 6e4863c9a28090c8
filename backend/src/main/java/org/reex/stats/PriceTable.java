package org.reex.stats;

import java.util.List;

/** Clearing prices per category, month (UTC, of the close) and currency. */
public record PriceTable(String from, String to, List<PriceRow> rows) {
}
