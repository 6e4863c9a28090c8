package org.reex.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Public certificate codes: 160 random bits from {@link SecureRandom} in RFC 4648 base32 (32 characters, no
 * padding), so a code can't be guessed or derived from a lot's id, survives being read aloud or typed (no 0/O or
 * 1/I/l confusion in the alphabet) and fits a QR code's compact alphanumeric mode.
 */
final class CertificateCodes {

    static final int LENGTH = 32;
    private static final int BYTES = 20;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    /** The code as stored (upper case), or null when {@code raw} can't be a code: such a lookup is simply not found. */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim().toUpperCase(Locale.ROOT);
        return SHAPE.matcher(code).matches() ? code : null;
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
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
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
