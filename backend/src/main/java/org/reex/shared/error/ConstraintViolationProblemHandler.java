package org.reex.shared.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.problem.violations.ProblemConstraintViolationExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * Bean validation failures as 400 problems whose {@code invalidParams} name each field by its path in the
 * request body ({@code email}, {@code composition[1].fraction}) or by the query/path parameter's name.
 */
@Produces
@Singleton
@Replaces(ProblemConstraintViolationExceptionHandler.class)
public class ConstraintViolationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, ConstraintViolationException exception) {
        List<InvalidParam> params = exception.getConstraintViolations().stream()
                .map(v -> new InvalidParam(fieldName(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::reason))
                .toList();
        String detail = params.size() == 1
                ? params.get(0).name() + ": " + params.get(0).reason()
                : params.size() + " fields are invalid";
        return Problems.response(HttpStatus.BAD_REQUEST, "Invalid request", detail, params);
    }

    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder bean = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    bean.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    bean.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (!bean.isEmpty()) {
                    bean.append('.');
                }
                bean.append(node.getName());
            }
        }
        if (!bean.isEmpty()) {
            return bean.toString();
        }
        return parameter != null ? parameter : "request";
    }
}
