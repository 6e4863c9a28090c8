package org.reex.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginDelaysTest {

    private final LoginDelays delays = new LoginDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNothing() {
        assertEquals(Duration.ZERO, delays.after(0));
        assertEquals(Duration.ZERO, delays.after(4));
    }

    @Test
    void eachFailurePastTheFreeOnesDoublesTheWait() {
        assertEquals(Duration.ofSeconds(30), delays.after(5));
        assertEquals(Duration.ofSeconds(60), delays.after(6));
        assertEquals(Duration.ofMinutes(2), delays.after(7));
        assertEquals(Duration.ofMinutes(8), delays.after(9));
    }

    @Test
    void theWaitStopsGrowingAtTheCap() {
        assertEquals(Duration.ofMinutes(15), delays.after(10), "16 min capped");
        assertEquals(Duration.ofMinutes(15), delays.after(35));
        assertEquals(Duration.ofMinutes(15), delays.after(Long.MAX_VALUE));
    }

    @Test
    void noFreeFailuresDelaysFromTheFirst() {
        LoginDelays strict = new LoginDelays(0, Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(1), strict.after(0));
        assertEquals(Duration.ofSeconds(2), strict.after(1));
        assertEquals(Duration.ofSeconds(3), strict.after(2));
    }

    @Test
    void aCapBelowTheFirstDelayIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new LoginDelays(5, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }
}
