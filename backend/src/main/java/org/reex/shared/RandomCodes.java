package org.reex.shared;

import java.security.SecureRandom;

/**
 * Unguessable public codes (certificates, tip receipts): 160 random bits from {@link SecureRandom} in RFC 4648
 * base32 without padding, 32 characters of A–Z and 2–7 (no 0/O or 1/I/l to confuse when read aloud or typed).
 */
public final class RandomCodes {

    public static final int LENGTH = 32;
    private static final int BYTES = 20;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    public static String base32(byte[] bytes) {
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
