package org.reex.stats;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the statistics rollups current. Called by report acceptance inside its transaction, so a report and its
 * rollup rows commit or roll back together (DESIGN §2 Statistics: never scan reports per request).
 */
@Singleton
public class RecoveryRollups {

    private final RollupRepository rollups;

    public RecoveryRollups(RollupRepository rollups) {
        this.rollups = rollups;
    }

    /**
     * Adds one certified lot's figures to every rollup. Must run inside the caller's transaction. A lot is
     * counted once: a second add for the same lot id fails (and so rolls the caller's transaction back).
     *
     * @throws IllegalArgumentException when the figures break the contract of {@link CertifiedLot}
     * @throws IllegalStateException when the lot was already counted
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void add(CertifiedLot lot) {
        List<CertifiedLot.ElementMass> elements = validated(lot);
        LocalDate month = LocalDate.ofInstant(lot.certifiedAt(), ZoneOffset.UTC).withDayOfMonth(1);
        if (!rollups.markCounted(lot.lotId(), lot.certifiedAt(), month)) {
            throw new IllegalStateException("lot " + lot.lotId() + " is already in the statistics");
        }
        // Rows that add nothing (declared and recovered both 0) are left out; the rest in key order, so
        // every transaction locks a cube's rows in the same order as every other (no deadlock cycles).
        List<CertifiedLot.ElementMass> counted = elements.stream()
                .filter(e -> e.declaredKg().signum() > 0 || e.recoveredKg().signum() > 0)
                .sorted(Comparator.comparing(CertifiedLot.ElementMass::element))
                .toList();
        BigDecimal declared = counted.stream().map(CertifiedLot.ElementMass::declaredKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recovered = counted.stream().map(CertifiedLot.ElementMass::recoveredKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        int mask = RareEarths.mask(counted.stream().map(CertifiedLot.ElementMass::element).toList());
        for (Cube cube : Cube.writeOrder()) {
            if (cube.perElement()) {
                rollups.addElements(cube, month, lot, counted);
            } else {
                rollups.addLot(cube, month, lot, mask, declared, recovered);
            }
        }
    }

    private static List<CertifiedLot.ElementMass> validated(CertifiedLot lot) {
        if (lot.certifiedAt() == null || lot.category() == null || lot.region() == null || lot.elements() == null) {
            throw new IllegalArgumentException("a certified lot needs certifiedAt, category, region and elements");
        }
        Set<String> seen = new HashSet<>();
        for (CertifiedLot.ElementMass mass : lot.elements()) {
            if (!RareEarths.isKnown(mass.element())) {
                throw new IllegalArgumentException("not a rare earth: " + mass.element());
            }
            if (!seen.add(mass.element())) {
                throw new IllegalArgumentException("element " + mass.element() + " appears twice");
            }
            checkMass(mass.element(), mass.declaredKg());
            checkMass(mass.element(), mass.recoveredKg());
        }
        return lot.elements();
    }

    private static void checkMass(String element, BigDecimal kg) {
        if (kg == null || kg.signum() < 0 || kg.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException(element + ": kg must be given, at least 0, and in whole grams: " + kg);
        }
    }
}
