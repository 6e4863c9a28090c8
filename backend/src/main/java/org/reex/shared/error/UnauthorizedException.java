package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The credentials are missing or wrong. The detail never says which part. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(String detail) {
        super(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, List.of());
    }
}
