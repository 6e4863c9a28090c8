package org.reex.matching;

import org.reex.licence.LicenceFacts;
import org.reex.licence.LicenceStatus;
import org.reex.lot.LotFacts;
import org.reex.lot.LotStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** A refusal with the figures behind it, for the recycler to read (e.g. the distance and the haul limit). */
    record Refused(Refusal code, Map<String, String> params) {
    }

    static Optional<Refusal> check(LotFacts lot, Candidate candidate, Instant now) {
        return explain(lot, candidate, now).map(Refused::code);
    }

    static Optional<Refused> explain(LotFacts lot, Candidate candidate, Instant now) {
        LicenceFacts licence = candidate.licence();
        if (lot.status() != LotStatus.OPEN || lot.closesAt() == null) {
            return refused(Refusal.LOT_NOT_OPEN);
        }
        if (licence.status() != LicenceStatus.VERIFIED || !licence.validTo().isAfter(now)) {
            return refused(Refusal.LICENCE_NOT_VERIFIED, "licenceNumber", licence.number(), "licenceStatus",
                    licence.status() == LicenceStatus.VERIFIED ? LicenceStatus.EXPIRED.name() : licence.status().name());
        }
        if (licence.validFrom().isAfter(now)) {
            return refused(Refusal.LICENCE_NOT_YET_VALID, "licenceNumber", licence.number(), "validFrom",
                    licence.validFrom().toString());
        }
        if (licence.validTo().isBefore(lot.closesAt())) {
            return refused(Refusal.LICENCE_ENDS_BEFORE_CLOSE, "licenceNumber", licence.number(), "validTo",
                    licence.validTo().toString(), "closesAt", lot.closesAt().toString());
        }
        BigDecimal capacity = licence.capacityTonnes().get(lot.category());
        if (capacity == null) {
            return refused(Refusal.CATEGORY_NOT_COVERED, "licenceNumber", licence.number(), "category", lot.category());
        }
        BigDecimal left = capacityLeftKg(lot, candidate);
        if (left.compareTo(lot.grossMassKg()) < 0) {
            return refused(Refusal.NO_CAPACITY_LEFT, "licenceNumber", licence.number(),
                    "capacityLeftKg", left.max(BigDecimal.ZERO).setScale(3, RoundingMode.DOWN).toPlainString(),
                    "lotMassKg", lot.grossMassKg().setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        double distance = distanceKm(lot, candidate);
        if (distance > licence.maxHaulKm()) {
            return refused(Refusal.TOO_FAR, "licenceNumber", licence.number(),
                    "distanceKm", String.valueOf((long) Math.ceil(distance)), "maxHaulKm", String.valueOf(licence.maxHaulKm()));
        }
        return Optional.empty();
    }

    private static Optional<Refused> refused(Refusal code, String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Optional.of(new Refused(code, Map.copyOf(params)));
    }

    static BigDecimal capacityLeftKg(LotFacts lot, Candidate candidate) {
        BigDecimal capacity = candidate.licence().capacityTonnes().getOrDefault(lot.category(), BigDecimal.ZERO);
        return capacity.multiply(KG_PER_TONNE).subtract(candidate.awardedKgThisYear());
    }

    static double distanceKm(LotFacts lot, Candidate candidate) {
        return GreatCircle.km(lot.latitude(), lot.longitude(), candidate.latitude(), candidate.longitude());
    }
}
