package org.reex.shared.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds RFC 9457 problem responses in the one shape the API declares. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private Problems() {
    }

    public static MutableHttpResponse<ProblemDetail> response(HttpStatus status, String title, String detail,
                                                              List<InvalidParam> invalidParams) {
        return HttpResponse.<ProblemDetail>status(status)
                .contentType(PROBLEM_JSON)
                .body(new ProblemDetail("about:blank", title, status.getCode(), detail, invalidParams));
    }
}
