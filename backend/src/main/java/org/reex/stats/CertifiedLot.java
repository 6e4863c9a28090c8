package org.reex.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an accepted recovery report adds to the statistics: the lot's dimensions and, per element, the declared
 * content (gross kg × declared fraction, rounded half-up to the gram) and the kg recovered, both metal basis.
 * An element appears once; undeclared elements carry a declared 0.000.
 */
public record CertifiedLot(
        long lotId,
        Instant certifiedAt,
        String category,
        String region,
        long recyclerOrganizationId,
        long sellerOrganizationId,
        List<ElementMass> elements) {

    public record ElementMass(String element, BigDecimal declaredKg, BigDecimal recoveredKg) {
    }
}
