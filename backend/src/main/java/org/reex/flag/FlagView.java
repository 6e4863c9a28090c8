package org.reex.flag;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * A flag with its evidence read back, the name of whoever decided it, for a month's flag the recycler's name and, for
 * a flag about an organization (neither lot nor month), that organization.
 */
public record FlagView(Flag flag, Map<String, String> evidence, @Nullable String decidedByName,
                       @Nullable String recyclerName, @Nullable Long organizationId,
                       @Nullable String organizationName) {
}
