package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A request that breaks a rule the schema cannot express; names every offending field. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(List<InvalidParam> invalidParams) {
        super(HttpStatus.BAD_REQUEST, "Invalid request", summary(invalidParams), invalidParams);
    }

    public InvalidRequestException(String field, String reason) {
        this(List.of(new InvalidParam(field, reason)));
    }

    private static String summary(List<InvalidParam> params) {
        return params.size() == 1
                ? params.get(0).name() + ": " + params.get(0).reason()
                : params.size() + " fields are invalid";
    }
}
