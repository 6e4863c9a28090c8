package org.reex.monthly;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What REEx itself recorded for a recycler's month: kg received and processed per waste category (a lot is
 * processed with the mass weighed at its receipt), the declared content of what it processed per element (weighed
 * kg × declared fraction, to the gram), and kg recovered per element in the recovery reports of the lots processed that month.
 */
public record ReexRecords(Map<String, BigDecimal> receivedKg, Map<String, BigDecimal> processedKg,
                          Map<String, BigDecimal> processedContentKg, Map<String, BigDecimal> recoveredKg) {
}
