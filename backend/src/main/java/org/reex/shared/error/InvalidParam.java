package org.reex.shared.error;

import io.micronaut.serde.annotation.Serdeable;

/** One offending field: {@code name} is its path in the request, e.g. {@code composition[2].fraction}. */
@Serdeable
public record InvalidParam(String name, String reason) {
}
