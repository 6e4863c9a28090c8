package org.reex.stats;

import java.math.BigDecimal;
import java.util.List;

/** Headline figures of a period and of the period of the same length before it (metal basis). */
public record Overview(String from, String to, String previousFrom, String previousTo, RecoveryRow current,
                       RecoveryRow previous, long openFlags, List<ElementTrend> byElement) {

    public record ElementTrend(String element, BigDecimal recoveredKg, BigDecimal previousRecoveredKg) {
    }
}
