package org.reex.shared.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** Not now: the same request may succeed after {@code Retry-After} seconds (409 in progress, 503 busy or down). */
public class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    public RetryLaterException(HttpStatus status, String title, String detail, long retryAfterSeconds) {
        super(status, title, detail, List.of());
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public static RetryLaterException unavailable(String detail, long retryAfterSeconds) {
        return new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail, retryAfterSeconds);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
}
