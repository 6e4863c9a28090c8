package org.reex.shared.error;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Two people edited the same thing at once and this one lost: 409, reload and try again. */
@Produces
@Singleton
public class OptimisticLockProblemHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, OptimisticLockException exception) {
        return Problems.response(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this at the same time. Reload it and try again.",
                List.of(new InvalidParam("version", "is no longer the current version")));
    }
}
