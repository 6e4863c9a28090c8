package org.reex.identity;

import java.time.Duration;

/**
 * How long a key (an account at an address, or an address) must wait before its next sign-in attempt, given its
 * recent failures: the first {@code freeFailures} cost nothing, then each further failure doubles the wait, from
 * {@code firstDelay} up to {@code maxDelay}. Growing rather than a fixed lock: a typo or two never shuts anyone out,
 * while guessing slows to a handful of tries per window.
 */
public record LoginDelays(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** Doublings past this would overflow long before they mattered: any cap is reached by then. */
    private static final int MAX_DOUBLINGS = 30;

    public LoginDelays {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("login delays: free failures >= 0 and 0 <= first delay <= max delay");
        }
    }

    /** The wait after the latest of {@code failures} recent failures before another attempt is heard. */
    public Duration after(long failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        long doublings = failures - freeFailures;
        if (doublings >= MAX_DOUBLINGS) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
