package org.reex.shared.error;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated server's enum converters throw {@link IllegalArgumentException} for an unknown query or
 * path value instead of reporting a conversion error (micronaut-openapi, see ADR 003). Such a failure is
 * the client's: a 400 naming the parameter that carried the value. Any other IllegalArgumentException is
 * a bug of ours and stays a 500.
 */
@Produces
@Singleton
public class GeneratedEnumProblemHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<ProblemDetail>> {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedEnumProblemHandler.class);
    private static final String GENERATED_MODEL_PACKAGE = "org.reex.api.model.";
    private static final Pattern UNEXPECTED_VALUE = Pattern.compile("Unexpected value '(.*)'", Pattern.DOTALL);

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, IllegalArgumentException exception) {
        Matcher matcher = UNEXPECTED_VALUE.matcher(String.valueOf(exception.getMessage()));
        if (!thrownByGeneratedEnum(exception) || !matcher.matches()) {
            LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), exception);
            return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                    "An unexpected error occurred. It has been logged.", List.of());
        }
        String name = parameterOfType(request, exception.getStackTrace()[0].getClassName())
                .orElseGet(() -> parameterHolding(request, matcher.group(1)));
        String reason = "is not one of the allowed values";
        return Problems.response(HttpStatus.BAD_REQUEST, "Invalid request", name + ": " + reason,
                List.of(new InvalidParam(name, reason)));
    }

    private static boolean thrownByGeneratedEnum(IllegalArgumentException exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return trace.length > 0
                && trace[0].getClassName().startsWith(GENERATED_MODEL_PACKAGE)
                && trace[0].getMethodName().equals("fromValue");
    }

    /** The route argument whose type is the enum that refused the value. */
    private static Optional<String> parameterOfType(HttpRequest<?> request, String enumClassName) {
        return RouteAttributes.getRouteMatch(request).stream()
                .filter(MethodBasedRouteMatch.class::isInstance)
                .flatMap(match -> Arrays.stream(((MethodBasedRouteMatch<?, ?>) match).getArguments()))
                .filter(argument -> argument.getType().getName().equals(enumClassName))
                .map(Argument::getName)
                .findFirst();
    }

    private static String parameterHolding(HttpRequest<?> request, String value) {
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            if (parameter.getValue().contains(value)) {
                return parameter.getKey();
            }
        }
        return "path";
    }
}
