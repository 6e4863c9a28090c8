package org.reex.monthly;

import org.reex.flag.FlagRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks on a filed monthly report, as pure functions: each finding becomes a flag for agencies.
 * <ul>
 * <li>MASS_BALANCE (subject: the category): |closing − (opening + received − processed)| above the rounding
 * tolerance (kg).</li>
 * <li>RECOVERED_ABOVE_INPUT (subject: the element): recovered above what the month's processed input could
 * contain, with the element tolerance: REEx lots processed hold their declared content (weighed kg × declared
 * fraction); input processed beyond REEx's records holds at most the category's maximum typical fraction (0 for a
 * category whose composition is unknown without an assay).</li>
 * <li>BELOW_REEX_RECORDS (subject: R:category, P:category, E:element): a reported figure below what REEx itself
 * recorded for the month (a category or element left out counts as 0).</li>
 * </ul>
 */
final class MonthlyRules {

    private MonthlyRules() {
    }

    record Finding(FlagRule rule, String subject, Map<String, String> evidence) {
    }

    static List<Finding> check(MonthlyFigures report, ReexRecords reex,
                               Map<String, Map<String, BigDecimal>> maxFractions, BigDecimal balanceToleranceKg,
                               BigDecimal elementTolerance) {
        List<Finding> findings = new ArrayList<>();
        Map<String, BigDecimal> reportedReceived = new LinkedHashMap<>();
        Map<String, BigDecimal> reportedProcessed = new LinkedHashMap<>();
        for (MonthlyFigures.CategoryLine line : report.categories()) {
            reportedReceived.put(line.category(), line.receivedKg());
            reportedProcessed.put(line.category(), line.processedKg());
            BigDecimal expected = line.expectedClosingKg();
            BigDecimal deviation = line.closingKg().subtract(expected).abs();
            if (deviation.compareTo(balanceToleranceKg) > 0) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("category", line.category());
                evidence.put("openingKg", line.openingKg().toPlainString());
                evidence.put("receivedKg", line.receivedKg().toPlainString());
                evidence.put("processedKg", line.processedKg().toPlainString());
                evidence.put("closingKg", line.closingKg().toPlainString());
                evidence.put("expectedClosingKg", expected.toPlainString());
                evidence.put("deviation", deviation.toPlainString());
                evidence.put("tolerance", balanceToleranceKg.toPlainString());
                findings.add(new Finding(FlagRule.MASS_BALANCE, line.category(), evidence));
            }
        }
        for (MonthlyFigures.ElementLine line : report.elements()) {
            if (line.recoveredKg().signum() == 0) {
                continue;
            }
            BigDecimal contained = reex.processedContentKg().getOrDefault(line.element(), BigDecimal.ZERO);
            for (Map.Entry<String, BigDecimal> processed : reportedProcessed.entrySet()) {
                BigDecimal outside = processed.getValue()
                        .subtract(reex.processedKg().getOrDefault(processed.getKey(), BigDecimal.ZERO));
                BigDecimal fraction = maxFractions.getOrDefault(processed.getKey(), Map.of())
                        .getOrDefault(line.element(), BigDecimal.ZERO);
                if (outside.signum() > 0 && fraction.signum() > 0) {
                    contained = contained.add(outside.multiply(fraction).setScale(3, RoundingMode.HALF_UP));
                }
            }
            BigDecimal limit = contained.multiply(BigDecimal.ONE.add(elementTolerance));
            if (line.recoveredKg().compareTo(limit) > 0) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("element", line.element());
                evidence.put("recoveredKg", line.recoveredKg().toPlainString());
                evidence.put("maxContainedKg", contained.setScale(3, RoundingMode.HALF_UP).toPlainString());
                evidence.put("excess", line.recoveredKg().subtract(contained).setScale(3, RoundingMode.HALF_UP).toPlainString());
                evidence.put("tolerance", elementTolerance.toPlainString());
                findings.add(new Finding(FlagRule.RECOVERED_ABOVE_INPUT, line.element(), evidence));
            }
        }
        below(findings, "received", "R:", "category", reportedReceived, reex.receivedKg());
        below(findings, "processed", "P:", "category", reportedProcessed, reex.processedKg());
        Map<String, BigDecimal> reportedRecovered = new LinkedHashMap<>();
        report.elements().forEach(line -> reportedRecovered.put(line.element(), line.recoveredKg()));
        below(findings, "recovered", "E:", "element", reportedRecovered, reex.recoveredKg());
        return findings;
    }

    private static void below(List<Finding> findings, String figure, String prefix, String keyName,
                              Map<String, BigDecimal> reported, Map<String, BigDecimal> records) {
        for (Map.Entry<String, BigDecimal> record : records.entrySet()) {
            BigDecimal value = reported.getOrDefault(record.getKey(), BigDecimal.ZERO);
            if (value.compareTo(record.getValue()) < 0) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("figure", figure);
                evidence.put(keyName, record.getKey());
                evidence.put("reportedKg", value.setScale(3, RoundingMode.HALF_UP).toPlainString());
                evidence.put("reexKg", record.getValue().toPlainString());
                findings.add(new Finding(FlagRule.BELOW_REEX_RECORDS, prefix + record.getKey(), evidence));
            }
        }
    }
}
