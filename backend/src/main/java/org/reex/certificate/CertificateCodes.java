package org.reex.certificate;

import org.reex.shared.RandomCodes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Public certificate codes: 160 random bits ({@link RandomCodes}) in RFC 4648 base32 (32 characters, no
 * padding), so a code can't be guessed or derived from a lot's id, survives being read aloud or typed (no 0/O or
 * 1/I/l confusion in the alphabet) and fits a QR code's compact alphanumeric mode.
 */
final class CertificateCodes {

    static final int LENGTH = RandomCodes.LENGTH;
    private static final Pattern SHAPE = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");

    private CertificateCodes() {
    }

    static String next() {
        return RandomCodes.next();
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
        return RandomCodes.base32(bytes);
    }
}
