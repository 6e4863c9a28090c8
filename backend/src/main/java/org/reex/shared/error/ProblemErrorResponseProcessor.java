package org.reex.shared.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Gives the framework's own errors (401, 403, 404, 405, 413, 415, ...) the same RFC 9457 body as ours.
 * Replaces micronaut-problem-json's processor, whose body nests extension members and drops the title.
 * Server errors never carry their message: it may hold internals.
 */
@Singleton
@Replaces(io.micronaut.problem.ProblemErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemDetail> {

    @Override
    public MutableHttpResponse<ProblemDetail> processResponse(ErrorContext errorContext, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String detail = status.getCode() >= 500
                ? "An unexpected error occurred. It has been logged."
                : errorContext.getErrors().stream().findFirst().map(Error::getMessage).orElse(null);
        return response.contentType(Problems.PROBLEM_JSON)
                .body(new ProblemDetail("about:blank", status.getReason(), status.getCode(), detail, List.of()));
    }
}
