package org.reex.targets;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A target's progress at one instant (docs/adr/012-recovery-targets.md). Months elapsed are counted
 * fractionally: whole UTC months before {@code asOf} plus the share of the current month's seconds gone, so the
 * projection moves smoothly through a month instead of jumping on the 1st.
 */
public record Progress(
        BigDecimal achievedKg,
        BigDecimal declaredKg,
        @Nullable BigDecimal achievedRate,
        @Nullable BigDecimal shareOfTarget,
        @Nullable BigDecimal neededKgPerMonth,
        @Nullable BigDecimal projectedKg,
        @Nullable BigDecimal projectedShareOfTarget,
        BigDecimal monthsElapsed,
        BigDecimal monthsRemaining,
        Instant asOf) {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** Months of {@code year} elapsed at {@code asOf}, 0 before it starts and 12 after it ends (not rounded). */
    public static BigDecimal monthsElapsed(int year, Instant asOf) {
        LocalDateTime at = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
        if (at.getYear() < year) {
            return BigDecimal.ZERO;
        }
        if (at.getYear() > year) {
            return TWELVE;
        }
        YearMonth month = YearMonth.from(at);
        LocalDateTime start = month.atDay(1).atStartOfDay();
        long into = Duration.between(start, at).toNanos();
        long length = Duration.between(start, month.plusMonths(1).atDay(1).atStartOfDay()).toNanos();
        return BigDecimal.valueOf(month.getMonthValue() - 1)
                .add(BigDecimal.valueOf(into).divide(BigDecimal.valueOf(length), EXACT));
    }

    public static Progress of(RecoveryTarget target, BigDecimal achieved, BigDecimal declared, Instant asOf) {
        BigDecimal elapsed = monthsElapsed(target.year(), asOf);
        BigDecimal remaining = TWELVE.subtract(elapsed);
        BigDecimal goal = target.targetRecoveredKg();
        BigDecimal rate = declared.signum() == 0 ? null : achieved.divide(declared, 6, RoundingMode.HALF_UP);
        BigDecimal share = goal == null ? null : achieved.divide(goal, 6, RoundingMode.HALF_UP);
        BigDecimal needed = goal == null || remaining.signum() == 0 ? null
                : goal.subtract(achieved).max(BigDecimal.ZERO).divide(remaining, EXACT).setScale(3, RoundingMode.HALF_UP);
        BigDecimal projected = elapsed.signum() == 0 ? null
                : achieved.multiply(TWELVE).divide(elapsed, EXACT).setScale(3, RoundingMode.HALF_UP);
        BigDecimal projectedShare = goal == null || projected == null ? null
                : projected.divide(goal, 6, RoundingMode.HALF_UP);
        return new Progress(achieved.setScale(3, RoundingMode.HALF_UP), declared.setScale(3, RoundingMode.HALF_UP),
                rate, share, needed, projected, projectedShare, elapsed.setScale(6, RoundingMode.HALF_UP),
                remaining.setScale(6, RoundingMode.HALF_UP), asOf);
    }
}
