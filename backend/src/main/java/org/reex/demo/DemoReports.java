package org.reex.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.recovery.NewRecoveryReport;
import org.reex.recovery.RecoveryService;
import org.reex.reference.ReferenceService;
import org.reex.shared.security.Caller;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Recovery reports for the demo history: per declared element, the category's typical recovery rate from the
 * reference data give or take a few percent, in the product form and purity that category's route yields.
 */
@Singleton
@Requires(property = "reex.demo-data", value = "true")
class DemoReports {

    private static final BigDecimal DEFAULT_RATE = new BigDecimal("0.85");

    private final RecoveryService recovery;
    private final ReferenceService reference;

    DemoReports(RecoveryService recovery, ReferenceService reference) {
        this.recovery = recovery;
        this.reference = reference;
    }

    /**
     * Reports the lot's recovery; {@code overRecovered} puts one element 12% above its declared content (an
     * ELEMENT_ABOVE_DECLARED flag).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void report(Caller winner, long lotId, String category, Map<String, BigDecimal> declared, BigDecimal receivedKg,
                Random random, boolean overRecovered) {
        List<NewRecoveryReport.Line> lines = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, BigDecimal> element : declared.entrySet()) {
            BigDecimal rate = reference.typicalRecoveryRate(category, element.getKey()).orElse(DEFAULT_RATE)
                    .multiply(BigDecimal.valueOf(0.94 + random.nextDouble() * 0.08));
            if (overRecovered && first) {
                rate = new BigDecimal("1.12");
            }
            first = false;
            BigDecimal recovered = element.getValue().multiply(rate).setScale(3, RoundingMode.HALF_UP);
            lines.add(new NewRecoveryReport.Line(element.getKey(), recovered.toPlainString(), productFormOf(category),
                    purityOf(category)));
        }
        recovery.submit(winner, lotId, new NewRecoveryReport(routeOf(category), lines));
    }

    static String routeOf(String category) {
        return switch (category) {
            case "FCC_CATALYST", "AUTO_CATALYST", "MOLTEN_SALT_SLAG" -> "PYROMETALLURGY";
            case "SMCO_MAGNET" -> "DIRECT_REUSE";
            default -> "HYDROMETALLURGY";
        };
    }

    private static String productFormOf(String category) {
        return switch (category) {
            case "FCC_CATALYST", "AUTO_CATALYST", "NIMH_BATTERY", "E_WASTE" -> "MIXED_CONCENTRATE";
            case "SMCO_MAGNET" -> "ALLOY";
            default -> "OXIDE";
        };
    }

    private static String purityOf(String category) {
        return switch (category) {
            case "FCC_CATALYST", "AUTO_CATALYST", "E_WASTE" -> "88.5";
            case "NIMH_BATTERY" -> "94.0";
            case "SMCO_MAGNET" -> "99.0";
            default -> "99.5";
        };
    }
}
