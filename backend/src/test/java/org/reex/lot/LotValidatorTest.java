package org.reex.lot;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.reex.reference.CategoryComposition;
import org.reex.reference.Element;
import org.reex.reference.ReferenceRepository;
import org.reex.reference.ReferenceService;
import org.reex.reference.WasteCategoryRow;
import org.reex.shared.error.InvalidRequestException;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LotValidatorTest {

    private final LotValidator validator = new LotValidator(reference());

    private static ReferenceService reference() {
        ReferenceRepository repository = mock(ReferenceRepository.class);
        when(repository.elements()).thenReturn(List.of(
                new Element("Nd", 60, "Neodymium", new BigDecimal("144.242"), "LIGHT", "Nd2O3", new BigDecimal("1.1664")),
                new Element("Dy", 66, "Dysprosium", new BigDecimal("162.5"), "MEDIUM", "Dy2O3", new BigDecimal("1.1477"))));
        when(repository.categories()).thenReturn(List.of(
                new WasteCategoryRow("NDFEB_MAGNET", 1, false, "PYROPHORIC_DUST", "n"),
                new WasteCategoryRow("E_WASTE", 2, true, "", "n")));
        when(repository.compositions()).thenReturn(List.of(
                new CategoryComposition("NDFEB_MAGNET", "Nd", new BigDecimal("0.228"), new BigDecimal("0.15"),
                        new BigDecimal("0.325"), "PUBLISHED", "s"),
                new CategoryComposition("NDFEB_MAGNET", "Dy", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.02"),
                        "PUBLISHED", "s")));
        return new ReferenceService(repository);
    }

    private static LotDraft draft(String category, String mass, List<LotDraft.Line> lines, boolean typical) {
        return new LotDraft("Magnets", null, category, mass, lines, typical, "Baotou", new BigDecimal("40.6574"),
                new BigDecimal("109.8403"), List.of("PYROPHORIC_DUST", "PYROPHORIC_DUST"));
    }

    @Test
    void fractionsSummingToExactlyOneAreAcceptedAndOneMillionthMoreIsNot() {
        assertEquals(2, validator.validate(draft("NDFEB_MAGNET", "10", List.of(new LotDraft.Line("Nd", "0.999999", "ASSAY"),
                new LotDraft.Line("Dy", "0.000001", "ASSAY")), false)).composition().size());
        InvalidRequestException over = assertThrows(InvalidRequestException.class, () -> validator.validate(
                draft("NDFEB_MAGNET", "10", List.of(new LotDraft.Line("Nd", "0.999999", "ASSAY"),
                        new LotDraft.Line("Dy", "0.000002", "ASSAY")), false)));
        assertEquals("composition", over.invalidParams().get(0).name());
    }

    @Test
    void massBoundsAreInclusiveAtTheTopAndExclusiveAtZero() {
        assertEquals("10000000.000", validator.validate(draft("NDFEB_MAGNET", "10000000", List.of(), false)).grossMassKg().toPlainString());
        assertThrows(InvalidRequestException.class, () -> validator.validate(draft("NDFEB_MAGNET", "10000000.001", List.of(), false)));
        assertEquals("0.001", validator.validate(draft("NDFEB_MAGNET", "0.001", List.of(), false)).grossMassKg().toPlainString());
        assertThrows(InvalidRequestException.class, () -> validator.validate(draft("NDFEB_MAGNET", "0.000", List.of(), false)));
    }

    @Test
    void typicalCompositionSkipsZeroLinesAndSymbolsAreCanonical() {
        ValidLot typical = validator.validate(draft("NDFEB_MAGNET", "100", List.of(), true));
        assertEquals(List.of(new ValidLot.Line("Nd", new BigDecimal("0.228000"), "TYPICAL")), typical.composition());
        assertEquals(List.of("PYROPHORIC_DUST"), typical.hazards(), "hazards once each");
        ValidLot lower = validator.validate(draft("NDFEB_MAGNET", "100", List.of(new LotDraft.Line("nd", "0.2", "assay")), false));
        assertEquals(List.of(new ValidLot.Line("Nd", new BigDecimal("0.200000"), "ASSAY")), lower.composition());
    }

    @Test
    void assayRequiredCategoriesRefuseTypicalStarts() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> validator.validate(draft("E_WASTE", "100", List.of(), true)));
        assertEquals(List.of("useTypicalComposition", "composition"),
                refused.invalidParams().stream().map(p -> p.name()).toList());
    }

    @Property(tries = 300)
    void anyAcceptedCompositionIsWithinTheRules(@ForAll("fractions") List<String> fractions) {
        List<LotDraft.Line> lines = fractions.size() == 2
                ? List.of(new LotDraft.Line("Nd", fractions.get(0), "ASSAY"), new LotDraft.Line("Dy", fractions.get(1), "ASSAY"))
                : List.of(new LotDraft.Line("Nd", fractions.get(0), "ASSAY"));
        try {
            ValidLot valid = validator.validate(draft("NDFEB_MAGNET", "5", lines, false));
            BigDecimal sum = valid.composition().stream().map(ValidLot.Line::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(true, sum.compareTo(BigDecimal.ONE) <= 0, "sum " + sum);
            valid.composition().forEach(l -> assertEquals(true, l.fraction().signum() >= 0 && l.fraction().compareTo(BigDecimal.ONE) <= 0));
        } catch (InvalidRequestException refused) {
            BigDecimal sum = fractions.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean outOfRange = fractions.stream().map(BigDecimal::new)
                    .anyMatch(f -> f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0 || f.stripTrailingZeros().scale() > 6);
            assertEquals(true, outOfRange || sum.compareTo(BigDecimal.ONE) > 0, "refused only when a rule is broken: " + fractions);
        }
    }

    @Provide
    Arbitrary<List<String>> fractions() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-0.5"), new BigDecimal("1.5")).ofScale(7)
                .map(BigDecimal::toPlainString).list().ofMinSize(1).ofMaxSize(2);
    }
}
