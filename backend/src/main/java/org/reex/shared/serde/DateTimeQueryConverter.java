package org.reex.shared.serde;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;

import java.time.ZonedDateTime;
import java.util.Optional;

/** Date-times in query parameters, by the same {@link ApiDateTimes} rule as bodies. */
@Singleton
public class DateTimeQueryConverter implements TypeConverter<String, ZonedDateTime> {

    @Override
    public Optional<ZonedDateTime> convert(String text, Class<ZonedDateTime> targetType, ConversionContext context) {
        try {
            return Optional.of(ApiDateTimes.parse(text));
        } catch (IllegalArgumentException e) {
            context.reject(text, e);
            return Optional.empty();
        }
    }
}
