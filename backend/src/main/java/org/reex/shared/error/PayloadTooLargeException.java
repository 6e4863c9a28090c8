package org.reex.shared.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A request part larger than the API allows: 413, naming the part. */
public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(String field, String reason) {
        super(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Payload too large", field + ": " + reason,
                List.of(new InvalidParam(field, reason)));
    }
}
