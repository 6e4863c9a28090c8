package org.reex.tip;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Receipt codes: 160 random bits from {@link SecureRandom} in RFC 4648 base32 (32 characters, no padding), the same
 * shape as certificate codes: not guessable, not derived from the tip's id, and easy to read aloud or type (the
 * alphabet has no 0/O or 1/I/l). Lower case and surrounding spaces are forgiven on lookup.
 */
final class TipCodes {

    static final int LENGTH = 32;
    private static final int BYTES = 20;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TipCodes() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder out = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
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
