package org.reex.shared;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the restricted content this product hashes and signs: objects with
 * string keys, arrays, strings, integers within ±(2^53 − 1), booleans and null. Decimals travel as strings, so the
 * one hard part of JCS, formatting binary floating point the ECMAScript way, never arises; a float, a
 * {@code BigDecimal} or any other type is refused rather than guessed at. See docs/adr/007-custody-hash-chain.md.
 *
 * <p>What JCS fixes and this does: no whitespace; object members sorted by their keys' UTF-16 code units; strings
 * escaped as ECMAScript's JSON.stringify does ({@code \"}, {@code \\}, {@code \b \f \n \r \t}, other characters
 * below U+0020 as {@code \}{@code u00xx} in lower-case hex, everything else as itself); integers in plain decimal.
 * The caller encodes the result as UTF-8 before hashing.
 */
public final class CanonicalJson {

    /** The largest integer an I-JSON (IEEE 754 double) reader holds exactly. */
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    /** The canonical JSON text of an object. */
    public static String canonicalize(Map<String, Object> object) {
        StringBuilder out = new StringBuilder(256);
        write(object, out, "$");
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, String path) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            integer(((Number) value).longValue(), out, path);
        } else if (value instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw new IllegalArgumentException(path + ": integer outside ±(2^53 − 1); send it as a string");
            }
            integer(big.longValue(), out, path);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, path);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            int i = 0;
            for (Object item : items) {
                if (i > 0) {
                    out.append(',');
                }
                write(item, out, path + "[" + i + "]");
                i++;
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(path + ": " + value.getClass().getSimpleName()
                    + " has no canonical form here; send decimals and times as strings");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, String path) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String s)) {
                throw new IllegalArgumentException(path + ": object keys must be strings");
            }
            keys.add(s);
        }
        // String.compareTo compares UTF-16 code units, which is exactly the order RFC 8785 §3.2.3 asks for.
        keys.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String key = keys.get(i);
            string(key, out);
            out.append(':');
            write(map.get(key), out, path + "." + key);
        }
        out.append('}');
    }

    private static void integer(long value, StringBuilder out, String path) {
        if (value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(path + ": integer outside ±(2^53 − 1); send it as a string");
        }
        out.append(value);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else if (Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                        // Not valid Unicode, so outside I-JSON; escaped as ES2019's well-formed JSON.stringify does,
                        // so that it hashes the same everywhere instead of turning into '?' in UTF-8.
                        out.append("\\u").append(String.format("%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
