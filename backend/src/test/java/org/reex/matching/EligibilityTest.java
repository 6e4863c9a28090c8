package org.reex.matching;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.reex.licence.LicenceFacts;
import org.reex.licence.LicenceStatus;
import org.reex.lot.LotFacts;
import org.reex.lot.LotStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant CLOSES = NOW.plus(Duration.ofDays(3));
    // Baotou and a point about 100 km east of it.
    private static final BigDecimal LOT_LAT = new BigDecimal("40.657400");
    private static final BigDecimal LOT_LON = new BigDecimal("109.840300");
    private static final BigDecimal NEAR_LAT = new BigDecimal("40.657400");
    private static final BigDecimal NEAR_LON = new BigDecimal("111.024000");

    private static LotFacts lot(String massKg) {
        return new LotFacts(1, 2, "Magnets", "NDFEB_MAGNET", new BigDecimal(massKg), LOT_LAT, LOT_LON, CLOSES, LotStatus.OPEN, "Nd");
    }

    private static Candidate candidate(LicenceStatus status, Instant validTo, String category, String tonnes, int maxHaulKm,
                                       String awardedKg) {
        LicenceFacts licence = new LicenceFacts(9, 3, "L-9", status, NOW.minus(Duration.ofDays(10)), validTo, maxHaulKm,
                Map.of(category, new BigDecimal(tonnes)));
        return new Candidate(licence, "Recycler", "East", NEAR_LAT, NEAR_LON, new BigDecimal(awardedKg));
    }

    private static Candidate ok() {
        return candidate(LicenceStatus.VERIFIED, CLOSES, "NDFEB_MAGNET", "10", 500, "0");
    }

    @Test
    void aLicenceEndingAtTheCloseQualifiesAndOneSecondEarlierDoesNot() {
        assertEquals(Optional.empty(), Eligibility.check(lot("1000"), ok(), NOW));
        assertEquals(Optional.of(Eligibility.Refusal.LICENCE_ENDS_BEFORE_CLOSE), Eligibility.check(lot("1000"),
                candidate(LicenceStatus.VERIFIED, CLOSES.minusSeconds(1), "NDFEB_MAGNET", "10", 500, "0"), NOW));
    }

    @Test
    void capacityExactlyEqualToTheLotQualifiesAndOneGramMoreDoesNot() {
        Candidate sevenTonnesLeft = candidate(LicenceStatus.VERIFIED, CLOSES, "NDFEB_MAGNET", "10", 500, "3000");
        assertEquals(Optional.empty(), Eligibility.check(lot("7000"), sevenTonnesLeft, NOW));
        assertEquals(Optional.of(Eligibility.Refusal.NO_CAPACITY_LEFT), Eligibility.check(lot("7000.001"), sevenTonnesLeft, NOW));
    }

    @Test
    void distanceJustInsideQualifiesAndJustOutsideDoesNot() {
        double km = Eligibility.distanceKm(lot("1"), ok());
        assertTrue(km > 99 && km < 101, "about 100 km: " + km);
        int inside = (int) Math.ceil(km);
        int outside = (int) Math.floor(km);
        assertEquals(Optional.empty(), Eligibility.check(lot("1"),
                candidate(LicenceStatus.VERIFIED, CLOSES, "NDFEB_MAGNET", "10", inside, "0"), NOW));
        assertEquals(Optional.of(Eligibility.Refusal.TOO_FAR), Eligibility.check(lot("1"),
                candidate(LicenceStatus.VERIFIED, CLOSES, "NDFEB_MAGNET", "10", outside, "0"), NOW));
    }

    @Test
    void onlyVerifiedLicencesForTheLotsCategoryQualify() {
        for (LicenceStatus status : new LicenceStatus[]{LicenceStatus.PENDING, LicenceStatus.REJECTED, LicenceStatus.SUSPENDED,
                LicenceStatus.EXPIRED}) {
            assertEquals(Optional.of(Eligibility.Refusal.LICENCE_NOT_VERIFIED), Eligibility.check(lot("1"),
                    candidate(status, CLOSES, "NDFEB_MAGNET", "10", 500, "0"), NOW), status.name());
        }
        assertEquals(Optional.of(Eligibility.Refusal.CATEGORY_NOT_COVERED), Eligibility.check(lot("1"),
                candidate(LicenceStatus.VERIFIED, CLOSES, "NIMH_BATTERY", "10", 500, "0"), NOW));
    }

    @Test
    void aLotThatIsNotOpenHasNoEligibleRecycler() {
        LotFacts closed = new LotFacts(1, 2, "M", "NDFEB_MAGNET", BigDecimal.ONE, LOT_LAT, LOT_LON, CLOSES, LotStatus.CLOSED, "Nd");
        assertEquals(Optional.of(Eligibility.Refusal.LOT_NOT_OPEN), Eligibility.check(closed, ok(), NOW));
    }

    /** No ineligible recycler is ever matched: check() passes a candidate only when every rule holds on its own. */
    @Property(tries = 1000)
    void eligibleMeansEveryRuleHolds(@ForAll("situations") Situation s) {
        boolean eligible = Eligibility.check(s.lot(), s.candidate(), NOW).isEmpty();
        LicenceFacts licence = s.candidate().licence();
        BigDecimal capacity = licence.capacityTonnes().get(s.lot().category());
        boolean rulesHold = s.lot().status() == LotStatus.OPEN
                && licence.status() == LicenceStatus.VERIFIED
                && licence.validTo().isAfter(NOW)
                && !licence.validFrom().isAfter(NOW)
                && !licence.validTo().isBefore(s.lot().closesAt())
                && capacity != null
                && capacity.multiply(BigDecimal.valueOf(1000)).subtract(s.candidate().awardedKgThisYear())
                .compareTo(s.lot().grossMassKg()) >= 0
                && GreatCircle.km(s.lot().latitude(), s.lot().longitude(), s.candidate().latitude(), s.candidate().longitude())
                <= licence.maxHaulKm();
        assertEquals(rulesHold, eligible, s.toString());
    }

    record Situation(LotFacts lot, Candidate candidate) {
    }

    @Provide
    Arbitrary<Situation> situations() {
        Arbitrary<LotStatus> lotStatus = Arbitraries.of(LotStatus.OPEN, LotStatus.OPEN, LotStatus.OPEN, LotStatus.CLOSED, LotStatus.DRAFT);
        Arbitrary<LicenceStatus> licenceStatus = Arbitraries.of(LicenceStatus.values());
        Arbitrary<String> category = Arbitraries.of("NDFEB_MAGNET", "NIMH_BATTERY");
        Arbitrary<BigDecimal> mass = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("20000")).ofScale(3);
        Arbitrary<BigDecimal> tonnes = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("30")).ofScale(3);
        Arbitrary<BigDecimal> awarded = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("25000")).ofScale(3);
        Arbitrary<Long> validToOffset = Arbitraries.longs().between(-5 * 86400, 10 * 86400);
        Arbitrary<Long> validFromOffset = Arbitraries.longs().between(-86400, 3600);
        Arbitrary<Integer> haul = Arbitraries.integers().between(1, 3000);
        Arbitrary<BigDecimal> lat = Arbitraries.bigDecimals().between(new BigDecimal("20"), new BigDecimal("50")).ofScale(6);
        Arbitrary<BigDecimal> lon = Arbitraries.bigDecimals().between(new BigDecimal("95"), new BigDecimal("125")).ofScale(6);
        Arbitrary<LotFacts> lots = Combinators.combine(lotStatus, mass, lat, lon)
                .as((st, m, la, lo) -> new LotFacts(1, 2, "Lot", "NDFEB_MAGNET", m, la, lo, CLOSES, st, "Nd"));
        Arbitrary<LicenceFacts> licences = Combinators.combine(licenceStatus, category, tonnes, validToOffset, validFromOffset, haul)
                .as((st, cat, t, to, from, h) -> new LicenceFacts(9, 3, "L", st, NOW.plusSeconds(from),
                        CLOSES.plusSeconds(to), h, Map.of(cat, t)));
        Arbitrary<Candidate> candidates = Combinators.combine(licences, awarded, lat, lon)
                .as((l, a, la, lo) -> new Candidate(l, "R", "Region", la, lo, a));
        return Combinators.combine(lots, candidates).as(Situation::new);
    }
}
