package org.reex.targets;

import jakarta.inject.Singleton;
import org.reex.stats.CertifiedLot;
import org.reex.stats.RollupFixture;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Certified lots the target tests add to the rollups (as report acceptance would) and remember, so a test can
 * recompute a target's progress from them on its own.
 */
@Singleton
public class TargetFigures {

    private static final AtomicLong LOT_IDS = new AtomicLong(6_000_000_000L + new Random().nextInt(1_000_000) * 1000L);

    private final RollupFixture rollups;
    private final List<CertifiedLot> added = new ArrayList<>();

    public TargetFigures(RollupFixture rollups) {
        this.rollups = rollups;
    }

    /** One lot with one element: declared and recovered kg. */
    public synchronized void add(Instant at, String region, String element, String declaredKg, String recoveredKg) {
        CertifiedLot lot = new CertifiedLot(LOT_IDS.incrementAndGet(), at, "NDFEB_MAGNET", region, 1, 2,
                List.of(new CertifiedLot.ElementMass(element, new BigDecimal(declaredKg), new BigDecimal(recoveredKg))));
        rollups.add(lot);
        added.add(lot);
    }

    /** [recovered, declared] of the lots this fixture added in the year up to the month of {@code asOf}. */
    public synchronized BigDecimal[] sums(int year, String region, String element, Instant asOf) {
        YearMonth last = YearMonth.from(asOf.atZone(ZoneOffset.UTC));
        BigDecimal recovered = BigDecimal.ZERO.setScale(3);
        BigDecimal declared = BigDecimal.ZERO.setScale(3);
        for (CertifiedLot lot : added) {
            YearMonth month = YearMonth.from(lot.certifiedAt().atZone(ZoneOffset.UTC));
            if (month.getYear() != year || month.isAfter(last) || !lot.region().equals(region)) {
                continue;
            }
            for (CertifiedLot.ElementMass mass : lot.elements()) {
                if (element == null || mass.element().equals(element)) {
                    recovered = recovered.add(mass.recoveredKg());
                    declared = declared.add(mass.declaredKg());
                }
            }
        }
        return new BigDecimal[]{recovered, declared};
    }
}
