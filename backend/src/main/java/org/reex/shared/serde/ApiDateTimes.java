package org.reex.shared.serde;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for every date-time a client sends, in a body or a query: RFC 3339, a year from 1970 to 9999 (what
 * the database's DATETIME(6) columns and the rest of the world's software handle alike), kept to the microsecond
 * the database stores, so what the API answers is exactly what was stored.
 */
public final class ApiDateTimes {

    public static final String REASON = "must be an RFC 3339 date-time in the years 1970 to 9999";

    private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private ApiDateTimes() {
    }

    /** The date-time the text gives, in UTC to the microsecond; {@link IllegalArgumentException} when there is none. */
    public static ZonedDateTime parse(String text) {
        ZonedDateTime parsed;
        try {
            parsed = ZonedDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(REASON, e);
        }
        Instant instant = parsed.toInstant();
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new IllegalArgumentException(REASON);
        }
        return instant.truncatedTo(ChronoUnit.MICROS).atZone(ZoneOffset.UTC);
    }
}
