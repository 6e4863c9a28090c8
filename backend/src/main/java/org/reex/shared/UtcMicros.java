package org.reex.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Stores an instant in a DATETIME(6) column as text, to the microsecond, on MySQL and MariaDB alike.
 *
 * <p>Why: MySQL Connector/J decides whether to send fractional seconds from the server's version, and MariaDB 10.x
 * announces itself as "5.5.5-10.11…", older than MySQL 5.6.4: against MariaDB the driver silently drops the fraction
 * of every Instant it binds (reading keeps it). Values that are hashed (the custody chain) must read back exactly as
 * they were hashed, so they are bound as 'yyyy-MM-dd HH:mm:ss.SSSSSS' text, which both servers store exactly.
 * Use with {@code @MappedProperty(converter = UtcMicros.class) @TypeDef(type = DataType.STRING)}.
 */
@Singleton
public class UtcMicros implements AttributeConverter<Instant, String> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    @Nullable
    public String convertToPersistedValue(@Nullable Instant value, ConversionContext context) {
        return value == null ? null : WRITE.format(value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    @Override
    @Nullable
    public Instant convertToEntityValue(@Nullable String value, ConversionContext context) {
        return value == null ? null : LocalDateTime.parse(value.replace('T', ' '), READ).toInstant(ZoneOffset.UTC);
    }
}
