package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }
}
