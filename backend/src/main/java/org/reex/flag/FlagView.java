package org.reex.flag;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** A flag with its evidence read back and the name of whoever decided it. */
public record FlagView(Flag flag, Map<String, String> evidence, @Nullable String decidedByName) {
}
