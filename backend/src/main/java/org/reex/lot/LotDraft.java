package org.reex.lot;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;

/** A lot as the seller sends it, before the rules are checked. */
public record LotDraft(String title, @Nullable String description, String category, @Nullable String grossMassKg,
                       List<Line> composition, boolean useTypicalComposition, String region, BigDecimal latitude,
                       BigDecimal longitude, List<String> hazards) {

    public record Line(@Nullable String element, @Nullable String fraction, @Nullable String source) {
    }
}
