package org.reex.matching;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.lot.LotFacts;
import org.reex.reference.ReferenceService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The score of an eligible match, 0 to 100 (docs/adr/005-match-score.md):
 * {@code 100 × (wd × (1 − km / maxHaulKm) + wc × min(1, headroom / capacity) + wr × recoveryRate)}, where headroom is
 * the capacity left after taking the lot and the recovery rate is the typical one for the lot's main element
 * (recovery reports will replace it as they arrive). The weights come from configuration.
 */
@Singleton
public class MatchScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NEUTRAL_RATE = new BigDecimal("0.5");

    private final ReferenceService reference;
    private final BigDecimal distanceWeight;
    private final BigDecimal capacityWeight;
    private final BigDecimal recoveryWeight;

    public MatchScorer(ReferenceService reference,
                       @Value("${reex.matching.weights.distance:0.4}") BigDecimal distanceWeight,
                       @Value("${reex.matching.weights.capacity:0.3}") BigDecimal capacityWeight,
                       @Value("${reex.matching.weights.recovery:0.3}") BigDecimal recoveryWeight) {
        this.reference = reference;
        this.distanceWeight = distanceWeight;
        this.capacityWeight = capacityWeight;
        this.recoveryWeight = recoveryWeight;
    }

    record Scored(BigDecimal score, List<MatchReason> reasons) {
    }

    Scored score(LotFacts lot, Candidate candidate) {
        double km = Eligibility.distanceKm(lot, candidate);
        int maxHaul = candidate.licence().maxHaulKm();
        BigDecimal nearness = BigDecimal.valueOf(Math.max(0, 1 - km / maxHaul));
        BigDecimal capacityKg = candidate.licence().capacityTonnes().get(lot.category()).multiply(BigDecimal.valueOf(1000));
        BigDecimal headroomKg = Eligibility.capacityLeftKg(lot, candidate).subtract(lot.grossMassKg());
        BigDecimal headroom = headroomKg.divide(capacityKg, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        Optional<BigDecimal> typical = lot.mainElement() == null ? Optional.empty()
                : reference.typicalRecoveryRate(lot.category(), lot.mainElement());
        BigDecimal rate = typical.orElse(NEUTRAL_RATE);

        MatchReason licence = new MatchReason("LICENCE", BigDecimal.ZERO.setScale(1), ordered(
                "number", candidate.licence().number(), "validTo", candidate.licence().validTo().toString()));
        MatchReason distance = new MatchReason("DISTANCE", points(distanceWeight, nearness), ordered(
                "km", BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).toPlainString(), "maxHaulKm", String.valueOf(maxHaul)));
        MatchReason capacity = new MatchReason("CAPACITY", points(capacityWeight, headroom), ordered(
                "leftTonnes", tonnes(Eligibility.capacityLeftKg(lot, candidate)), "capacityTonnes", tonnes(capacityKg),
                "lotTonnes", tonnes(lot.grossMassKg())));
        MatchReason recovery = new MatchReason("RECOVERY", points(recoveryWeight, rate), ordered(
                "rate", rate.stripTrailingZeros().toPlainString(), "basis", typical.isPresent() ? "TYPICAL" : "NONE",
                "element", lot.mainElement() == null ? "" : lot.mainElement()));
        BigDecimal total = distance.points().add(capacity.points()).add(recovery.points()).setScale(1, RoundingMode.HALF_UP);
        return new Scored(total, List.of(licence, distance, capacity, recovery));
    }

    private static BigDecimal points(BigDecimal weight, BigDecimal fraction) {
        return HUNDRED.multiply(weight).multiply(fraction).setScale(1, RoundingMode.HALF_UP);
    }

    private static String tonnes(BigDecimal kg) {
        return kg.divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
