package org.reex.flag;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** A flag with its evidence read back, the name of whoever decided it and, for a month's flag, the recycler's. */
public record FlagView(Flag flag, Map<String, String> evidence, @Nullable String decidedByName,
                       @Nullable String recyclerName) {
}
