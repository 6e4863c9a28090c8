package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The request is well formed but clashes with the current state (a taken email, a stale version). */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public ConflictException(String field, String reason) {
        super(HttpStatus.CONFLICT, "Conflict", reason, List.of(new InvalidParam(field, reason)));
    }
}
