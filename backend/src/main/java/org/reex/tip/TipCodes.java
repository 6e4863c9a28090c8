package org.reex.tip;

import org.reex.shared.RandomCodes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Receipt codes: 160 random bits ({@link RandomCodes}) in RFC 4648 base32 (32 characters, no padding), the same
 * shape as certificate codes: not guessable, not derived from the tip's id, and easy to read aloud or type (the
 * alphabet has no 0/O or 1/I/l). Lower case and surrounding spaces are forgiven on lookup.
 */
final class TipCodes {

    static final int LENGTH = RandomCodes.LENGTH;
    private static final Pattern SHAPE = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");

    private TipCodes() {
    }

    static String next() {
        return RandomCodes.next();
    }

    /** The code as stored, or null when {@code raw} can't be one (such a lookup is simply not found). */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.replace(" ", "").replace("-", "").trim().toUpperCase(Locale.ROOT);
        return SHAPE.matcher(code).matches() ? code : null;
    }
}
