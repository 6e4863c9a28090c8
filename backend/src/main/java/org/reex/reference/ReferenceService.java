package org.reex.reference;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rare earths and waste categories. Seeded by Flyway and never changed at run time, so they are read
 * once and served from memory.
 */
@Singleton
public class ReferenceService {

    private final ReferenceRepository repository;
    private volatile Snapshot snapshot;

    public ReferenceService(ReferenceRepository repository) {
        this.repository = repository;
    }

    public List<Element> elements() {
        return snapshot().elements;
    }

    public List<Category> categories() {
        return List.copyOf(snapshot().categories.values());
    }

    /** The element for a symbol, matched case-insensitively ("dy" is Dy). */
    public Optional<Element> element(@Nullable String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().elementsBySymbol.get(symbol.trim().toLowerCase()));
    }

    public Category category(String code) {
        Category category = snapshot().categories.get(code);
        if (category == null) {
            throw new IllegalArgumentException("No waste category " + code);
        }
        return category;
    }

    /**
     * The best typical recovery rate over process routes for an element of a category (a rate given for every
     * rare earth, '*', counts too), if the reference data has one.
     */
    public Optional<BigDecimal> typicalRecoveryRate(String category, String element) {
        return snapshot().recoveryRates.stream()
                .filter(r -> r.category().equals(category) && (r.element().equals(element) || r.element().equals("*")))
                .map(TypicalRecoveryRate::rate)
                .max(BigDecimal::compareTo);
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        List<Element> elements = List.copyOf(repository.elements());
        Map<String, List<CategoryComposition>> typical = repository.compositions().stream()
                .collect(Collectors.groupingBy(CategoryComposition::category));
        Map<String, Category> categories = new LinkedHashMap<>();
        for (WasteCategoryRow row : repository.categories()) {
            List<String> hazards = row.hazards().isBlank() ? List.of() : Arrays.asList(row.hazards().split(","));
            categories.put(row.code(), new Category(row.code(), row.assayRequired(), List.copyOf(hazards),
                    List.copyOf(typical.getOrDefault(row.code(), List.of())), row.note()));
        }
        Map<String, Element> bySymbol = elements.stream()
                .collect(Collectors.toMap(e -> e.symbol().toLowerCase(), Function.identity()));
        return new Snapshot(elements, bySymbol, categories, List.copyOf(repository.recoveryRates()));
    }

    private record Snapshot(List<Element> elements, Map<String, Element> elementsBySymbol, Map<String, Category> categories,
                            List<TypicalRecoveryRate> recoveryRates) {
    }
}
