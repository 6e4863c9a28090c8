package org.reex.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The RFC 9457 body of every error this API returns; {@code invalidParams} names the offending fields. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, @Nullable String detail,
                            @Nullable List<InvalidParam> invalidParams) {
}
