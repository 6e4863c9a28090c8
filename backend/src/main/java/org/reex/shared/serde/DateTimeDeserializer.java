package org.reex.shared.serde;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.ZonedDateTime;

/** Date-times in request bodies, by {@link ApiDateTimes}; a bad one is a 400 naming its JSON path. */
@Singleton
@Primary
public class DateTimeDeserializer implements Deserializer<ZonedDateTime> {

    @Override
    public ZonedDateTime deserialize(Decoder decoder, DecoderContext context, Argument<? super ZonedDateTime> type)
            throws IOException {
        // A string, never an epoch number (which the framework's reader would take as its digits).
        String text = StrictScalars.string(decoder, ApiDateTimes.REASON);
        try {
            return ApiDateTimes.parse(text);
        } catch (IllegalArgumentException e) {
            throw decoder.createDeserializationException(ApiDateTimes.REASON, text);
        }
    }
}
