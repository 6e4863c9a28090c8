package org.reex.shared.error;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import org.reex.shared.db.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The database's failures on any route. A row lock not granted in time (or a deadlock) and a database that can't be
 * reached are 503 with {@code Retry-After}: the same request may well succeed shortly, and a client or proxy should
 * try again rather than treat it as a bug. Anything else stays a 500.
 */
public final class DatabaseProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProblemHandler.class);

    private DatabaseProblemHandler() {
    }

    static HttpResponse<ProblemDetail> handle(HttpRequest<?> request, RuntimeException exception) {
        if (DatabaseFailures.isLockConflict(exception)) {
            LOG.info("{} {}: lock not granted in time: {}", request.getMethod(), request.getPath(), exception.getMessage());
            return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                            "What this request changes is busy; try again shortly.", List.of())
                    .header(HttpHeaders.RETRY_AFTER, "1");
        }
        if (DatabaseFailures.isUnavailable(exception)) {
            LOG.warn("{} {}: database unavailable: {}", request.getMethod(), request.getPath(), exception.getMessage());
            return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                            "The database can't be reached right now; try again shortly.", List.of())
                    .header(HttpHeaders.RETRY_AFTER, "2");
        }
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), exception);
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "An unexpected error occurred. It has been logged.", List.of());
    }

    @Produces
    @Singleton
    static class DataAccess implements ExceptionHandler<DataAccessException, HttpResponse<ProblemDetail>> {
        @Override
        public HttpResponse<ProblemDetail> handle(HttpRequest request, DataAccessException exception) {
            return DatabaseProblemHandler.handle(request, exception);
        }
    }

    @Produces
    @Singleton
    static class Connection implements ExceptionHandler<ConnectionException, HttpResponse<ProblemDetail>> {
        @Override
        public HttpResponse<ProblemDetail> handle(HttpRequest request, ConnectionException exception) {
            return DatabaseProblemHandler.handle(request, exception);
        }
    }

    @Produces
    @Singleton
    static class JdbcConnection implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<ProblemDetail>> {
        @Override
        public HttpResponse<ProblemDetail> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
            return DatabaseProblemHandler.handle(request, exception);
        }
    }

    @Produces
    @Singleton
    static class Transaction implements ExceptionHandler<TransactionException, HttpResponse<ProblemDetail>> {
        @Override
        public HttpResponse<ProblemDetail> handle(HttpRequest request, TransactionException exception) {
            return DatabaseProblemHandler.handle(request, exception);
        }
    }
}
