package org.reex.lot;

import java.math.BigDecimal;
import java.util.List;

/** A lot that passed every rule, with canonical symbols and exact decimals. */
record ValidLot(String title, String description, String category, BigDecimal grossMassKg, List<Line> composition,
                String region, BigDecimal latitude, BigDecimal longitude, List<String> hazards) {

    record Line(String element, BigDecimal fraction, String source) {
    }
}
