package org.reex.shared.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import org.reex.shared.serde.ApiDateTimes;
import org.reex.shared.serde.NoNullItemsDeserializer;
import org.reex.shared.serde.StrictJson;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value that cannot be read as its declared type (a string where a number belongs, an unknown enum
 * constant, an array where an object belongs): 400 naming the field by its JSON path, or the query
 * parameter by its name.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
public class BodyBindingProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ProblemDetail>> {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]*)\\]");

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, ConversionErrorException exception) {
        Optional<StrictJson.Refusal> refusal = causes(exception).filter(StrictJson.Refusal.class::isInstance)
                .map(StrictJson.Refusal.class::cast).findFirst();
        if (refusal.isPresent()) {
            return problem(refusal.get().field(), refusal.get().reason());
        }
        Optional<SerdeException> serde = findSerdeException(exception);
        String name = serde.map(BodyBindingProblemHandler::jsonPath)
                .filter(path -> !path.isEmpty())
                .orElseGet(() -> isBody(exception) ? "body" : exception.getArgument().getName());
        String reason = serde.isPresent() && name.equals("body")
                ? "is not a JSON object of the expected shape"
                : "has the wrong type or an unknown value";
        String message = messages(exception);
        for (String known : StrictJson.REASONS) {
            if (message.contains(known)) {
                reason = known;
            }
        }
        int oneOf = message.indexOf(StrictJson.ONE_OF);
        if (oneOf >= 0) {
            int end = message.indexOf('\n', oneOf);
            reason = message.substring(oneOf, end < 0 ? message.length() : end).trim();
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            // Unknown fields are refused (micronaut.serde.deserialization.ignore-unknown: false); name the field itself.
            String field = unknown.group(1);
            if (!name.equals(field) && !name.endsWith("." + field)) {
                name = name.equals("body") ? field : name + "." + field;
            }
            reason = StrictJson.UNKNOWN;
        }
        if (causes(exception).anyMatch(NoNullItemsDeserializer.NullItem.class::isInstance)) {
            reason = NoNullItemsDeserializer.REASON;
        }
        return problem(name, reason);
    }

    private static HttpResponse<ProblemDetail> problem(String name, String reason) {
        return Problems.response(HttpStatus.BAD_REQUEST, "Invalid request", name + ": " + reason,
                List.of(new InvalidParam(name, reason)));
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable throwable) {
        return java.util.stream.Stream.iterate(throwable, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    private static String messages(Throwable throwable) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static boolean isBody(ConversionErrorException exception) {
        return exception.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class);
    }

    private static Optional<SerdeException> findSerdeException(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return Optional.of(serde);
            }
        }
        return Optional.empty();
    }

    static String jsonPath(SerdeException exception) {
        StringBuilder path = new StringBuilder();
        List<ReferencePath> outermostFirst = new java.util.ArrayList<>(exception.getPath());
        java.util.Collections.reverse(outermostFirst);
        for (ReferencePath segment : outermostFirst) {
            if (segment instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else if (segment instanceof MapItemReferencePath entry) {
                path.append('[').append(entry.key()).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment.getArgument().getName());
            }
        }
        return path.toString();
    }
}
