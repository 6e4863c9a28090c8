package org.reex.shared.serde;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Enum values exactly as the spec spells them: the framework's reader would also take {@code "english"} for
 * {@code ENGLISH} (it retries in upper case) and {@code 5} for {@code "5"}. Refusals say which values there are.
 */
@Singleton
@Primary
public class StrictEnumDeserializer<E extends Enum<E>> implements Deserializer<E> {

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<E> createSpecific(DecoderContext context, Argument<? super E> type) {
        Class<E> enumType = (Class<E>) type.getType();
        Map<String, E> values = new LinkedHashMap<>();
        for (E constant : enumType.getEnumConstants()) {
            values.put(wireValue(constant), constant);
        }
        String reason = StrictJson.ONE_OF + String.join(", ", values.keySet());
        return (decoder, ctx, t) -> {
            String text = StrictScalars.string(decoder, reason);
            E value = values.get(text);
            if (value == null) {
                throw decoder.createDeserializationException(reason, text);
            }
            return value;
        };
    }

    @Override
    public E deserialize(Decoder decoder, DecoderContext context, Argument<? super E> type) throws IOException {
        return createSpecific(context, type).deserialize(decoder, context, type);
    }

    private static String wireValue(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
