package org.reex.shared;

import io.micronaut.core.annotation.Nullable;
import org.reex.shared.error.Violations;

import java.math.BigDecimal;

/** Reads decimals that travel as JSON strings, so no amount or mass is ever rounded through a float. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Parses {@code raw} as a plain decimal with at most {@code maxScale} decimals; records a violation on
     * {@code field} and returns null when it is not one.
     */
    @Nullable
    public static BigDecimal parse(@Nullable String raw, String field, int maxScale, Violations violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(field, "is required");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            violations.add(field, "must be a decimal number such as 1250.5");
            return null;
        }
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
            violations.add(field, "must have at most " + maxScale + " decimals");
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
