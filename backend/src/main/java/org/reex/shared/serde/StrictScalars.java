package org.reex.shared.serde;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * JSON values are read as the type the spec gives them, never coerced: {@code true} or {@code "5"} is not a number,
 * {@code 5} or {@code true} is not a string, {@code 1700000000} is not a date; a required string must hold more than
 * whitespace. The framework's own readers coerce all of these; these replace them for every model of the API. A
 * refusal's message is one of {@link StrictJson#REASONS}, and its path names the field.
 */
@Factory
public class StrictScalars {

    @Singleton
    @Primary
    Deserializer<String> strings() {
        return new Deserializer<>() {
            private final Deserializer<String> required = (decoder, context, type) -> {
                String value = string(decoder);
                if (value.isBlank()) {
                    throw decoder.createDeserializationException(StrictJson.BLANK, value);
                }
                return value;
            };

            @Override
            public Deserializer<String> createSpecific(DecoderContext context, Argument<? super String> type) {
                return type.getAnnotationMetadata().hasStereotype(NotNull.class) ? required : this;
            }

            @Override
            public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                    throws IOException {
                return string(decoder);
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Boolean> booleans() {
        return (decoder, context, type) -> {
            if (decoder.decodeArbitrary() instanceof Boolean value) {
                return value;
            }
            throw decoder.createDeserializationException(StrictJson.BOOLEAN, null);
        };
    }

    @Singleton
    @Primary
    Deserializer<Integer> integers() {
        return (decoder, context, type) -> {
            BigInteger value = whole(decoder);
            if (value.bitLength() >= Integer.SIZE) {
                throw decoder.createDeserializationException(StrictJson.WHOLE, null);
            }
            return value.intValue();
        };
    }

    @Singleton
    @Primary
    Deserializer<Long> longs() {
        return (decoder, context, type) -> {
            BigInteger value = whole(decoder);
            if (value.bitLength() >= Long.SIZE) {
                throw decoder.createDeserializationException(StrictJson.WHOLE, null);
            }
            return value.longValue();
        };
    }

    @Singleton
    @Primary
    Deserializer<BigDecimal> decimals() {
        return (decoder, context, type) -> {
            Object value = decoder.decodeArbitrary();
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof Number number && !(value instanceof Float) && !(value instanceof Double)) {
                return new BigDecimal(number.toString());
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isFinite(d)) {
                    // The shortest text that reads back as the same double: what the client wrote, for coordinates.
                    return new BigDecimal(Double.toString(d));
                }
            }
            throw decoder.createDeserializationException(StrictJson.NUMBER, null);
        };
    }

    @Singleton
    @Primary
    Deserializer<LocalDate> dates() {
        return (decoder, context, type) -> {
            String text = string(decoder, StrictJson.DATE);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw decoder.createDeserializationException(StrictJson.DATE, text);
            }
        };
    }

    static String string(Decoder decoder) throws IOException {
        return string(decoder, StrictJson.STRING);
    }

    static String string(Decoder decoder, String reason) throws IOException {
        if (decoder.decodeArbitrary() instanceof String value) {
            return value;
        }
        throw decoder.createDeserializationException(reason, null);
    }

    private static BigInteger whole(Decoder decoder) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof Number) {
            throw decoder.createDeserializationException(StrictJson.WHOLE, null);
        }
        throw decoder.createDeserializationException(StrictJson.NUMBER, null);
    }
}
