package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. Mapped to {@code application/problem+json} by {@link ApiExceptionHandler}.
 * Use the named subclasses; they fix the status and title.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<InvalidParam> invalidParams;

    protected ApiException(HttpStatus status, String title, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** Headers to send with the problem, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
