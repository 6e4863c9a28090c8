package org.reex.matching;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Map;

/** One part of a match's score and the figures behind it. */
@Serdeable
public record MatchReason(String code, BigDecimal points, Map<String, String> detail) {
}
