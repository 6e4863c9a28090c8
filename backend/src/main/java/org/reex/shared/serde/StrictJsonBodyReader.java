package org.reex.shared.serde;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every JSON request body of every route: first {@link StrictJson}'s checks on the raw text, then the usual
 * binding (whose strict deserializers check each value's JSON type). Ordered before the framework's own JSON reader,
 * which stays the writer of responses.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 10)
@JsonMessageHandler.ConsumesJson
public class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    private final JsonMapper json;

    public StrictJsonBodyReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) throws CodecException {
        // The caller owns the buffer and releases it.
        return read(type, byteBuffer.toByteArray());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) throws CodecException {
        try {
            return read(type, inputStream.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("Error reading the JSON body: " + e.getMessage(), e);
        }
    }

    private T read(Argument<T> type, byte[] body) {
        try {
            StrictJson.check(body);
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new CodecException("Error decoding JSON stream for type [" + type.getName() + "]: " + e.getMessage(), e);
        }
    }
}
