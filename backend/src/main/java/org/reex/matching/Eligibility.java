package org.reex.matching;

import org.reex.licence.LicenceStatus;
import org.reex.lot.LotFacts;
import org.reex.lot.LotStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The one rule for whether a recycler may take a lot: an open lot; a verified licence, already valid, that stays
 * valid until at least the lot's closing time and covers the lot's category; capacity left this calendar year
 * (capacity minus mass already awarded) of at least the lot's mass; the lot within the licence's haul distance.
 */
final class Eligibility {

    enum Refusal { LOT_NOT_OPEN, LICENCE_NOT_VERIFIED, LICENCE_NOT_YET_VALID, LICENCE_ENDS_BEFORE_CLOSE, CATEGORY_NOT_COVERED,
        NO_CAPACITY_LEFT, TOO_FAR }

    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private Eligibility() {
    }

    static Optional<Refusal> check(LotFacts lot, Candidate candidate, Instant now) {
        if (lot.status() != LotStatus.OPEN || lot.closesAt() == null) {
            return Optional.of(Refusal.LOT_NOT_OPEN);
        }
        if (candidate.licence().status() != LicenceStatus.VERIFIED || !candidate.licence().validTo().isAfter(now)) {
            return Optional.of(Refusal.LICENCE_NOT_VERIFIED);
        }
        if (candidate.licence().validFrom().isAfter(now)) {
            return Optional.of(Refusal.LICENCE_NOT_YET_VALID);
        }
        if (candidate.licence().validTo().isBefore(lot.closesAt())) {
            return Optional.of(Refusal.LICENCE_ENDS_BEFORE_CLOSE);
        }
        BigDecimal capacity = candidate.licence().capacityTonnes().get(lot.category());
        if (capacity == null) {
            return Optional.of(Refusal.CATEGORY_NOT_COVERED);
        }
        if (capacityLeftKg(lot, candidate).compareTo(lot.grossMassKg()) < 0) {
            return Optional.of(Refusal.NO_CAPACITY_LEFT);
        }
        if (distanceKm(lot, candidate) > candidate.licence().maxHaulKm()) {
            return Optional.of(Refusal.TOO_FAR);
        }
        return Optional.empty();
    }

    static BigDecimal capacityLeftKg(LotFacts lot, Candidate candidate) {
        BigDecimal capacity = candidate.licence().capacityTonnes().getOrDefault(lot.category(), BigDecimal.ZERO);
        return capacity.multiply(KG_PER_TONNE).subtract(candidate.awardedKgThisYear());
    }

    static double distanceKm(LotFacts lot, Candidate candidate) {
        return GreatCircle.km(lot.latitude(), lot.longitude(), candidate.latitude(), candidate.longitude());
    }
}
