package org.reex.lot;

import jakarta.inject.Singleton;
import org.reex.reference.Category;
import org.reex.reference.Element;
import org.reex.reference.ReferenceService;
import org.reex.shared.Decimals;
import org.reex.shared.error.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a lot's declaration must keep: fractions in [0, 1] summing to at most 1, each rare earth once,
 * a mass above zero within a sane bound, and an assay for categories that have no typical composition.
 * Every broken rule is reported against its field path.
 */
@Singleton
public class LotValidator {

    static final BigDecimal MAX_MASS_KG = new BigDecimal("10000000");
    static final int MASS_SCALE = 3;
    static final int FRACTION_SCALE = 6;
    private static final Set<String> SOURCES = Set.of("ASSAY", "TYPICAL");

    private final ReferenceService reference;

    public LotValidator(ReferenceService reference) {
        this.reference = reference;
    }

    ValidLot validate(LotDraft draft) {
        Violations violations = new Violations();
        Category category = reference.category(draft.category());
        BigDecimal mass = Decimals.parse(draft.grossMassKg(), "grossMassKg", MASS_SCALE, violations);
        if (mass != null && mass.signum() <= 0) {
            violations.add("grossMassKg", "must be greater than 0");
        } else if (mass != null && mass.compareTo(MAX_MASS_KG) > 0) {
            violations.add("grossMassKg", "must be at most 10,000,000 kg");
        }
        List<LotDraft.Line> lines = draft.composition().isEmpty() && draft.useTypicalComposition()
                ? typicalLines(category, violations)
                : draft.composition();
        List<ValidLot.Line> composition = composition(lines, category, violations);
        String title = draft.title().trim();
        if (title.length() < 3) {
            violations.add("title", "must have at least 3 characters besides spaces");
        }
        String region = draft.region().trim();
        if (region.isEmpty()) {
            violations.add("location.region", "must not be blank");
        }
        violations.throwIfAny();
        return new ValidLot(title, draft.description() == null ? "" : draft.description().trim(), category.code(),
                mass.setScale(MASS_SCALE, RoundingMode.UNNECESSARY), composition, region,
                draft.latitude().setScale(6, RoundingMode.HALF_UP), draft.longitude().setScale(6, RoundingMode.HALF_UP),
                List.copyOf(new LinkedHashSet<>(draft.hazards())));
    }

    private List<LotDraft.Line> typicalLines(Category category, Violations violations) {
        if (category.assayRequired()) {
            violations.add("useTypicalComposition", category.code() + " has no typical composition: declare one from an assay");
            return List.of();
        }
        return category.typical().stream()
                .filter(t -> t.typicalFraction().signum() > 0)
                .map(t -> new LotDraft.Line(t.element(), t.typicalFraction().toPlainString(), "TYPICAL"))
                .toList();
    }

    private List<ValidLot.Line> composition(List<LotDraft.Line> lines, Category category, Violations violations) {
        List<ValidLot.Line> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            LotDraft.Line line = lines.get(i);
            String path = "composition[" + i + "]";
            Optional<Element> element = reference.element(line.element());
            if (element.isEmpty()) {
                violations.add(path + ".element", "must be a rare-earth element symbol (Sc, Y, La to Lu)");
            } else if (!seen.add(element.get().symbol())) {
                violations.add(path + ".element", element.get().symbol() + " is declared more than once");
            }
            BigDecimal fraction = Decimals.parse(line.fraction(), path + ".fraction", FRACTION_SCALE, violations);
            if (fraction != null && (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0)) {
                violations.add(path + ".fraction", "must be between 0 and 1");
                fraction = null;
            }
            String source = line.source() == null ? null : line.source().trim().toUpperCase();
            if (source == null || !SOURCES.contains(source)) {
                violations.add(path + ".source", "must be ASSAY or TYPICAL");
            } else if (category.assayRequired() && !source.equals("ASSAY")) {
                violations.add(path + ".source", category.code() + " needs an assay: every line's source must be ASSAY");
            }
            if (fraction != null) {
                sum = sum.add(fraction);
            }
            if (element.isPresent() && fraction != null && source != null) {
                valid.add(new ValidLot.Line(element.get().symbol(), fraction.setScale(FRACTION_SCALE, RoundingMode.UNNECESSARY), source));
            }
        }
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            violations.add("composition", "fractions add up to " + sum.stripTrailingZeros().toPlainString() + ", more than 1");
        }
        if (category.assayRequired() && lines.isEmpty()) {
            violations.add("composition", category.code() + " needs a composition declared from an assay");
        }
        return valid;
    }
}
