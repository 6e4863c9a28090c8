package org.reex.flag;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/** The tolerances and the custody deadline, from reex.flags.* (defaults: 10 %, 5 %, 15 days). */
@Singleton
public class FlagSettings {

    private final BigDecimal massTolerance;
    private final BigDecimal elementTolerance;
    private final int receiveWithinDays;

    public FlagSettings(@Value("${reex.flags.mass-tolerance:0.10}") BigDecimal massTolerance,
                        @Value("${reex.flags.element-tolerance:0.05}") BigDecimal elementTolerance,
                        @Value("${reex.flags.receive-within-days:15}") int receiveWithinDays) {
        if (massTolerance.signum() < 0 || elementTolerance.signum() < 0 || receiveWithinDays < 1) {
            throw new IllegalArgumentException("reex.flags: tolerances must be >= 0 and receive-within-days >= 1");
        }
        this.massTolerance = massTolerance;
        this.elementTolerance = elementTolerance;
        this.receiveWithinDays = receiveWithinDays;
    }

    public BigDecimal massTolerance() {
        return massTolerance;
    }

    public BigDecimal elementTolerance() {
        return elementTolerance;
    }

    public int receiveWithinDays() {
        return receiveWithinDays;
    }
}
