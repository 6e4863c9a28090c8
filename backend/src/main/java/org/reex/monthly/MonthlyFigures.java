package org.reex.monthly;

import java.math.BigDecimal;
import java.util.List;

/** A month's figures: stock per waste category and recovered kg per element (metal basis). */
public record MonthlyFigures(List<CategoryLine> categories, List<ElementLine> elements) {

    /** Stock of one waste category over the month, kg. */
    public record CategoryLine(String category, BigDecimal openingKg, BigDecimal receivedKg, BigDecimal processedKg,
                               BigDecimal closingKg) {

        /** What closing stock should be: opening + received − processed. */
        public BigDecimal expectedClosingKg() {
            return openingKg.add(receivedKg).subtract(processedKg);
        }
    }

    /** Kg of one element recovered in the month. */
    public record ElementLine(String element, BigDecimal recoveredKg) {
    }
}
