package org.reex.shared;

import io.micronaut.core.annotation.Nullable;
import org.reex.shared.error.Violations;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads decimals that travel as JSON strings, so no amount or mass is ever rounded through a float. */
public final class Decimals {

    /**
     * ASCII digits with an optional sign and fraction, nothing else: {@link BigDecimal} alone would also take other
     * scripts' digits ("٣", "５"), exponents ("1e4") and, after a trim, padding (" 5"), none of which a client means.
     */
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,40})?");

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
        if (!PLAIN.matcher(raw).matches()) {
            violations.add(field, "must be a decimal number such as 1250.5");
            return null;
        }
        BigDecimal value = new BigDecimal(raw);
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
            violations.add(field, "must have at most " + maxScale + " decimals");
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
