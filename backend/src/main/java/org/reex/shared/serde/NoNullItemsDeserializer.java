package org.reex.shared.serde;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * No JSON array in a request holds null: {@code "composition":[null]} is a 400 naming {@code composition[0]}, for
 * every route at once, rather than a null reaching code that reads the list. (The generated models can't say it:
 * the generator marks items of a referenced schema {@code @Valid} but not {@code @NotNull}.)
 */
@Singleton
@Primary
public class NoNullItemsDeserializer implements Deserializer<List<Object>> {

    public static final String REASON = "must not be null";

    @Override
    public Deserializer<List<Object>> createSpecific(DecoderContext context, Argument<? super List<Object>> type) {
        @SuppressWarnings("unchecked")
        Argument<Object> item = (Argument<Object>) type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        return new Deserializer<>() {

            private Deserializer<?> itemDeserializer;

            @Override
            public List<Object> deserialize(Decoder decoder, DecoderContext ctx, Argument<? super List<Object>> t)
                    throws IOException {
                if (itemDeserializer == null) {
                    itemDeserializer = ctx.findDeserializer(item).createSpecific(ctx, item);
                }
                Decoder array = decoder.decodeArray();
                List<Object> items = new ArrayList<>();
                while (array.hasNextArrayValue()) {
                    try {
                        if (array.decodeNull()) {
                            throw new NullItem();
                        }
                        items.add(itemDeserializer.deserialize(array, ctx, item));
                    } catch (SerdeException e) {
                        // The item's index in the error's path, as the framework's own list deserializer records it.
                        e.getPath().add(ReferencePath.ofCollection(ArrayList.class, t, items.size()));
                        throw e;
                    }
                }
                array.finishStructure();
                return items;
            }

            @Override
            public List<Object> deserializeNullable(Decoder decoder, DecoderContext ctx, Argument<? super List<Object>> t)
                    throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, ctx, t);
            }
        };
    }

    /** A null where an array item belongs; its path names the item. */
    public static final class NullItem extends SerdeException {
        NullItem() {
            super(REASON);
        }
    }

    @Override
    public List<Object> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<Object>> type)
            throws IOException {
        return createSpecific(context, type).deserialize(decoder, context, type);
    }
}
