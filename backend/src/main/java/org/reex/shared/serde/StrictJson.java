package org.reex.shared.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.micronaut.serde.exceptions.SerdeException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every JSON request body must be before it is bound to its type, checked once for every route by
 * {@link StrictJsonBodyReader}: one JSON value with nothing after it, no key twice in an object, no NUL character in
 * any key or string. The types of the values are checked while binding, by the strict deserializers in this package
 * (a string where the spec says string, a number where it says number, true/false where it says boolean).
 */
public final class StrictJson {

    public static final String DUPLICATE = "is given more than once";
    public static final String TRAILING = "must be one JSON value with nothing after it";
    public static final String NUL = "must not contain NUL characters";
    public static final String STRING = "must be a JSON string";
    public static final String NUMBER = "must be a JSON number";
    public static final String WHOLE = "must be a whole number in range";
    public static final String BOOLEAN = "must be true or false";
    public static final String BLANK = "must not be blank";
    public static final String DATE = "must be a date such as 2026-01-31";
    public static final String UNKNOWN = "is not a field of this request";
    /** The start of an enum's refusal, which goes on to list the values. */
    public static final String ONE_OF = "must be one of: ";

    /** The reasons the strict readers give, for the error handler to recognise in a binding failure. */
    public static final List<String> REASONS = List.of(DUPLICATE, TRAILING, NUL, STRING, NUMBER, WHOLE, BOOLEAN, BLANK,
            DATE, ApiDateTimes.REASON);

    private static final Pattern DUPLICATE_MESSAGE = Pattern.compile("^Duplicate field '(.*?)'", Pattern.DOTALL);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /**
     * Refuses a body that breaks the rules above, naming the field; leaves JSON that is not well-formed to the
     * binder, which answers for it as it always has.
     */
    public static void check(byte[] body) throws Refusal {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            int depth = 0;
            do {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (parser.currentName().indexOf('\0') >= 0) {
                            throw new Refusal(path(parser.getParsingContext()), NUL);
                        }
                    }
                    case VALUE_STRING -> {
                        if (parser.getText().indexOf('\0') >= 0) {
                            throw new Refusal(path(parser.getParsingContext()), NUL);
                        }
                    }
                    default -> {
                    }
                }
                if (depth == 0) {
                    break;
                }
                token = parser.nextToken();
            } while (token != null);
            if (depth != 0) {
                return;
            }
            try {
                if (parser.nextToken() != null) {
                    throw new Refusal("body", TRAILING);
                }
            } catch (StreamReadException e) {
                throw new Refusal("body", TRAILING);
            }
        } catch (Refusal e) {
            throw e;
        } catch (StreamReadException e) {
            Matcher duplicate = DUPLICATE_MESSAGE.matcher(String.valueOf(e.getOriginalMessage()));
            JsonParser parser = e.getProcessor();
            if (duplicate.find() && parser != null) {
                // The context is the object holding the key twice; its parent names where that object is.
                String parent = path(parser.getParsingContext().getParent());
                String name = duplicate.group(1);
                throw new Refusal(parent.equals("body") ? name : parent + "." + name, DUPLICATE);
            }
            // Not well-formed: the binder reports it.
        } catch (IOException e) {
            // Unreadable: the binder reports it.
        }
    }

    /** The field path of the parser's current value, as the API's problems name fields ({@code lines[2].element}). */
    static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> outermostFirst = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            outermostFirst.addFirst(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : outermostFirst) {
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A body the rules refuse; {@link #field()} names where, {@link #reason()} why. */
    public static final class Refusal extends SerdeException {

        private final String field;
        private final String reason;

        public Refusal(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }
}
