package org.reex.flag;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule at its edge: exactly at the tolerance is within it; a gram more is not. */
class FlagRulesTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @Test
    void massExactlyAtTheToleranceIsFineAndAGramMoreIsNot() {
        BigDecimal declared = new BigDecimal("1000.000");
        assertTrue(FlagRules.massOff("declaredKg", declared, new BigDecimal("900.000"), TEN_PERCENT).isEmpty());
        assertTrue(FlagRules.massOff("declaredKg", declared, new BigDecimal("1100.000"), TEN_PERCENT).isEmpty());
        assertEquals(Map.of("declaredKg", "1000.000", "receivedKg", "899.999", "deviation", "0.100001", "tolerance", "0.10"),
                FlagRules.massOff("declaredKg", declared, new BigDecimal("899.999"), TEN_PERCENT).orElseThrow());
        assertTrue(FlagRules.massOff("declaredKg", declared, new BigDecimal("1100.001"), TEN_PERCENT).isPresent());
    }

    @Test
    void anElementExactlyAtItsToleranceIsFineAndAGramMoreIsNot() {
        BigDecimal declared = new BigDecimal("228.000");
        assertTrue(FlagRules.elementAbove("Nd", declared, new BigDecimal("239.400"), FIVE_PERCENT).isEmpty());
        assertEquals(Map.of("element", "Nd", "declaredKg", "228.000", "recoveredKg", "239.401", "excess", "11.401",
                "tolerance", "0.05"), FlagRules.elementAbove("Nd", declared, new BigDecimal("239.401"), FIVE_PERCENT).orElseThrow());
        assertTrue(FlagRules.elementAbove("Gd", new BigDecimal("0.000"), new BigDecimal("0.001"), FIVE_PERCENT).isPresent(),
                "declared at 0, recovered all the same");
    }

    @Test
    void anUndeclaredElementCountsOnlyWhenSomethingWasRecovered() {
        assertTrue(FlagRules.elementNotDeclared("La", new BigDecimal("0.000")).isEmpty());
        assertEquals(Map.of("element", "La", "recoveredKg", "0.001"),
                FlagRules.elementNotDeclared("La", new BigDecimal("0.001")).orElseThrow());
    }
}
