package org.reex.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What report acceptance knows about a lot when it certifies it: the public figures of the certificate and nothing
 * private (no prices, people or addresses). Masses are kg, metal basis.
 */
public record CertificateFacts(
        long lotId,
        String category,
        String region,
        BigDecimal declaredGrossKg,
        BigDecimal receivedKg,
        String processRoute,
        List<Line> lines,
        BigDecimal totalDeclaredKg,
        BigDecimal totalRecoveredKg,
        long recyclerOrganizationId,
        String recyclerName,
        String licenceNumber,
        Instant awardedAt,
        Instant receivedAt,
        LocalDate processedFrom,
        LocalDate processedTo,
        String chainHash) {

    /** One element: the declared content and the kg recovered. */
    public record Line(String element, BigDecimal declaredKg, BigDecimal recoveredKg) {
    }
}
