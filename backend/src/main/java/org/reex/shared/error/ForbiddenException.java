package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The caller may see the resource but not do this to it. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }
}
