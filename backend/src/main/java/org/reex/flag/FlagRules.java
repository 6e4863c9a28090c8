package org.reex.flag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The discrepancy rules as pure functions over exact decimals. Each answers the evidence (the numbers compared, as
 * decimal strings) when the rule fires and nothing when it does not. Exactly at a tolerance is within it.
 */
final class FlagRules {

    static final int RATIO_SCALE = 6;

    private FlagRules() {
    }

    /**
     * |received − expected| / expected &gt; tolerance, compared without division: |received − expected| &gt;
     * expected × tolerance. {@code expectedName} names the expected figure in the evidence (declaredKg, shippedKg).
     */
    static Optional<Map<String, String>> massOff(String expectedName, BigDecimal expectedKg, BigDecimal receivedKg,
                                                 BigDecimal tolerance) {
        if (expectedKg.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal difference = receivedKg.subtract(expectedKg).abs();
        if (difference.compareTo(expectedKg.multiply(tolerance)) <= 0) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(expectedName, expectedKg.toPlainString());
        evidence.put("receivedKg", receivedKg.toPlainString());
        evidence.put("deviation", difference.divide(expectedKg, RATIO_SCALE, RoundingMode.HALF_UP).toPlainString());
        evidence.put("tolerance", tolerance.toPlainString());
        return Optional.of(evidence);
    }

    /** A declared element recovered above its declared content by more than the tolerance: recovered &gt; declared × (1 + tol). */
    static Optional<Map<String, String>> elementAbove(String element, BigDecimal declaredKg, BigDecimal recoveredKg,
                                                      BigDecimal tolerance) {
        if (recoveredKg.compareTo(declaredKg.multiply(BigDecimal.ONE.add(tolerance))) <= 0) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("element", element);
        evidence.put("declaredKg", declaredKg.toPlainString());
        evidence.put("recoveredKg", recoveredKg.toPlainString());
        evidence.put("excess", recoveredKg.subtract(declaredKg).toPlainString());
        evidence.put("tolerance", tolerance.toPlainString());
        return Optional.of(evidence);
    }

    /** An element the lot never declared, recovered all the same. */
    static Optional<Map<String, String>> elementNotDeclared(String element, BigDecimal recoveredKg) {
        if (recoveredKg.signum() <= 0) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("element", element);
        evidence.put("recoveredKg", recoveredKg.toPlainString());
        return Optional.of(evidence);
    }
}
