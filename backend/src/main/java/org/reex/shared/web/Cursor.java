package org.reex.shared.web;

import io.micronaut.core.annotation.Nullable;
import org.reex.shared.error.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors. A client treats them as strings; a tampered one is a 400 naming the parameter. */
public final class Cursor {

    private static final String ID_PREFIX = "id:";

    private Cursor() {
    }

    public static String encodeId(long id) {
        return encode(ID_PREFIX + id);
    }

    /** The id after which the next page starts; 0 for the first page. */
    public static long decodeId(@Nullable String cursor, String parameterName) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        String raw = decode(cursor, parameterName);
        if (!raw.startsWith(ID_PREFIX)) {
            throw invalid(parameterName);
        }
        try {
            long id = Long.parseLong(raw.substring(ID_PREFIX.length()));
            if (id < 0) {
                throw invalid(parameterName);
            }
            return id;
        } catch (NumberFormatException e) {
            throw invalid(parameterName);
        }
    }

    public static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor, String parameterName) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(parameterName);
        }
    }

    private static InvalidRequestException invalid(String parameterName) {
        return new InvalidRequestException(parameterName, "is not a cursor this API issued");
    }
}
