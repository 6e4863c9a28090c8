package org.reex.recovery;

import org.reex.shared.Decimals;
import org.reex.shared.error.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The report's rules, each naming its field: elements are rare earths and listed once; every declared element is
 * there (0 allowed); masses ≥ 0 with at most 3 decimals; purity 0–100; total recovered ≤ the received mass.
 */
final class ReportValidator {

    static final BigDecimal MAX_KG = new BigDecimal("999999999999.999");
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final Set<String> PRODUCT_FORMS = Set.of("OXIDE", "METAL", "ALLOY", "SALT", "MIXED_CONCENTRATE");

    /** A line that passed: canonical element symbol, figures at scale 3. */
    record ValidLine(String element, BigDecimal recoveredKg, String productForm, BigDecimal purityPercent) {
    }

    private ReportValidator() {
    }

    /**
     * @param symbol    the canonical symbol of a rare earth ("dy" → "Dy"), empty for anything else
     * @param declared  the lot's declared elements
     * @param receivedKg the mass weighed at RECEIVED
     */
    static List<ValidLine> validate(NewRecoveryReport report, Function<String, Optional<String>> symbol,
                                    Set<String> declared, BigDecimal receivedKg) {
        Violations v = new Violations();
        List<ValidLine> valid = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean totalKnown = true;
        for (int i = 0; i < report.lines().size(); i++) {
            NewRecoveryReport.Line line = report.lines().get(i);
            String path = "lines[" + i + "]";
            String element = symbol.apply(line.element()).orElse(null);
            if (element == null) {
                v.add(path + ".element", "must be a rare-earth element symbol (Sc, Y, La to Lu)");
            } else if (seen.containsKey(element)) {
                v.add(path + ".element", element + " is listed already at lines[" + seen.get(element) + "]");
                element = null;
            } else {
                seen.put(element, i);
            }
            BigDecimal kg = Decimals.parse(line.recoveredKg(), path + ".recoveredKg", 3, v);
            if (kg != null && (kg.signum() < 0 || kg.compareTo(MAX_KG) > 0)) {
                v.add(path + ".recoveredKg", "must be at least 0 and below a billion tonnes");
                kg = null;
            }
            BigDecimal purity = Decimals.parse(line.purityPercent(), path + ".purityPercent", 3, v);
            if (purity != null && (purity.signum() < 0 || purity.compareTo(HUNDRED) > 0)) {
                v.add(path + ".purityPercent", "must be between 0 and 100");
                purity = null;
            }
            if (line.productForm() == null || !PRODUCT_FORMS.contains(line.productForm())) {
                v.add(path + ".productForm", "must be one of " + PRODUCT_FORMS);
            }
            if (kg == null) {
                totalKnown = false;
            } else {
                total = total.add(kg);
            }
            if (element != null && kg != null && purity != null && PRODUCT_FORMS.contains(line.productForm())) {
                valid.add(new ValidLine(element, kg.setScale(3, RoundingMode.UNNECESSARY), line.productForm(),
                        purity.setScale(3, RoundingMode.UNNECESSARY)));
            }
        }
        Set<String> missing = new LinkedHashSet<>(declared);
        missing.removeAll(seen.keySet());
        if (!missing.isEmpty()) {
            v.add("lines", "must include every declared element (0 allowed); missing " + String.join(", ", missing));
        }
        if (totalKnown && total.compareTo(receivedKg) > 0) {
            v.add("lines", "recover " + total.toPlainString() + " kg in total, more than the " + receivedKg.toPlainString()
                    + " kg received");
        }
        v.throwIfAny();
        return valid;
    }
}
