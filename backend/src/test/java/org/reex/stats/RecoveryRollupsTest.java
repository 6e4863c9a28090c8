package org.reex.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rollups written at report acceptance: every cube gets the same figures, a lot counts once, bad figures are
 * refused, and reports accepted at the same moment on overlapping rows all commit and lose nothing. Each test
 * uses months of its own, far from any report the rest of the suite accepts.
 */
@MicronautTest(transactional = false)
class RecoveryRollupsTest {

    /** Lot ids no other test uses (the rollups do not refer to the lot table). */
    static final AtomicLong LOT_IDS = new AtomicLong(8_000_000_000L + new Random().nextInt(1_000_000) * 1000L);

    @Inject
    RollupFixture fixture;

    @Inject
    RecoveryRollups rollups;

    static CertifiedLot.ElementMass mass(String element, String declared, String recovered) {
        return new CertifiedLot.ElementMass(element, new BigDecimal(declared), new BigDecimal(recovered));
    }

    @Test
    void addsTheSameFiguresToEveryCubeAndCountsALotOnce() {
        long lotId = LOT_IDS.incrementAndGet();
        CertifiedLot lot = new CertifiedLot(lotId, Instant.parse("1994-03-31T23:59:59.999Z"), "NDFEB_MAGNET", "Ganzhou",
                41, 42, List.of(mass("Nd", "250.125", "240.001"), mass("Dy", "12.500", "0.000"),
                mass("Tb", "0.000", "0.750"), mass("La", "0.000", "0.000")));
        fixture.add(lot);

        for (Cube cube : Cube.values()) {
            RollupFixture.Sums sums = fixture.sums(cube, "1994-03-01", "1994-03-01", null);
            assertEquals(new BigDecimal("262.625"), sums.declared(), cube.table());
            assertEquals(new BigDecimal("240.751"), sums.recovered(), cube.table());
            // Element cubes count the lot once per element it declared or recovered (La adds nothing).
            assertEquals(cube.perElement() ? 3 : 1, sums.lots(), cube.table());
        }
        assertEquals(List.of("1994-03-01|NDFEB_MAGNET|Ganzhou|41|42|" + (1 << 5 | 1 << 10 | 1 << 11)),
                fixture.rows("SELECT month_start, category, region, recycler_id, seller_id, element_mask FROM stats_lot_full"
                        + " WHERE month_start = '1994-03-01'"));

        assertThrows(IllegalStateException.class, () -> fixture.add(lot));
        assertEquals(1, fixture.sums(Cube.LOT_M, "1994-03-01", "1994-03-01", null).lots(), "the second add rolled back");
    }

    @Test
    void refusesFiguresOutsideTheContract() {
        Instant at = Instant.parse("1994-05-10T00:00:00Z");
        List<List<CertifiedLot.ElementMass>> bad = List.of(
                List.of(mass("Fe", "1.000", "1.000")),
                List.of(mass("Nd", "-1.000", "0.000")),
                List.of(mass("Nd", "1.0005", "0.000")),
                List.of(mass("Nd", "1.000", "0.500"), mass("Nd", "2.000", "0.000")));
        for (List<CertifiedLot.ElementMass> elements : bad) {
            CertifiedLot lot = new CertifiedLot(LOT_IDS.incrementAndGet(), at, "E_WASTE", "Baotou", 1, 2, elements);
            assertThrows(IllegalArgumentException.class, () -> fixture.add(lot), elements.toString());
        }
        assertEquals(0, fixture.sums(Cube.LOT_M, "1994-05-01", "1994-05-01", null).rows());
    }

    @Test
    void refusesToRunOutsideTheCallersTransaction() {
        CertifiedLot lot = new CertifiedLot(LOT_IDS.incrementAndGet(), Instant.parse("1994-06-10T00:00:00Z"), "E_WASTE",
                "Baotou", 1, 2, List.of(mass("Nd", "1.000", "1.000")));
        assertThrows(RuntimeException.class, () -> rollups.add(lot));
        assertEquals(0, fixture.sums(Cube.LOT_M, "1994-06-01", "1994-06-01", null).rows());
    }

    @Test
    void concurrentReportsOnTheSameRowsAllCommitAndLoseNothing() throws Exception {
        int threads = 8;
        int perThread = 30;
        String[] elements = {"Ce", "Dy", "La", "Nd", "Pr", "Tb"};
        String[] categories = {"NDFEB_MAGNET", "NIMH_BATTERY"};
        String[] regions = {"Ganzhou", "包头"};
        List<CertifiedLot> all = new ArrayList<>();
        Random random = new Random(20261206);
        for (int i = 0; i < threads * perThread; i++) {
            List<CertifiedLot.ElementMass> masses = new ArrayList<>();
            for (String element : elements) {
                if (random.nextInt(3) > 0) {
                    masses.add(new CertifiedLot.ElementMass(element, BigDecimal.valueOf(random.nextInt(5_000_000), 3),
                            BigDecimal.valueOf(random.nextInt(5_000_000), 3)));
                }
            }
            // All in two months, on a handful of keys, so that the transactions collide on the same cube rows.
            all.add(new CertifiedLot(LOT_IDS.incrementAndGet(),
                    Instant.parse(random.nextBoolean() ? "1995-01-15T10:00:00Z" : "1995-02-01T00:00:00Z"),
                    categories[random.nextInt(2)], regions[random.nextInt(2)], 100 + random.nextInt(2),
                    200 + random.nextInt(2), masses));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<CertifiedLot> mine = all.subList(t * perThread, (t + 1) * perThread);
            workers.add(pool.submit(() -> {
                start.await();
                for (CertifiedLot lot : mine) {
                    fixture.add(lot);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(120, TimeUnit.SECONDS); // an exception here (a deadlock, a lost row) fails the test
        }
        pool.shutdown();

        Map<String, BigDecimal[]> expectedByElement = new TreeMap<>();
        BigDecimal declared = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        long elementLots = 0;
        for (CertifiedLot lot : all) {
            for (CertifiedLot.ElementMass m : lot.elements()) {
                if (m.declaredKg().signum() == 0 && m.recoveredKg().signum() == 0) {
                    continue;
                }
                elementLots++;
                declared = declared.add(m.declaredKg());
                recovered = recovered.add(m.recoveredKg());
                BigDecimal[] sums = expectedByElement.computeIfAbsent(m.element(), e -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(m.declaredKg());
                sums[1] = sums[1].add(m.recoveredKg());
            }
        }
        for (Cube cube : Cube.values()) {
            RollupFixture.Sums sums = fixture.sums(cube, "1995-01-01", "1995-02-01", null);
            assertEquals(0, declared.compareTo(sums.declared()), cube.table());
            assertEquals(0, recovered.compareTo(sums.recovered()), cube.table());
            assertEquals(cube.perElement() ? elementLots : all.size(), sums.lots(), cube.table());
        }
        for (Map.Entry<String, BigDecimal[]> e : expectedByElement.entrySet()) {
            RollupFixture.Sums sums = fixture.sums(Cube.ELEMENT_FULL, "1995-01-01", "1995-02-01", "element = '" + e.getKey() + "'");
            assertEquals(0, e.getValue()[0].compareTo(sums.declared()), e.getKey());
            assertEquals(0, e.getValue()[1].compareTo(sums.recovered()), e.getKey());
        }
        assertTrue(fixture.sums(Cube.ELEMENT_FULL, "1995-01-01", "1995-02-01", null).rows() <= 2 * 6 * 16);
    }
}
