package org.reex.reference;

import org.reex.api.model.CategoryResponse;
import org.reex.api.model.Confidence;
import org.reex.api.model.ElementGroup;
import org.reex.api.model.ElementResponse;
import org.reex.api.model.Hazard;
import org.reex.api.model.TypicalFraction;
import org.reex.api.model.WasteCategory;

final class ReferenceMapper {

    private ReferenceMapper() {
    }

    static ElementResponse toResponse(Element element) {
        return new ElementResponse(element.symbol(), element.name(), element.atomicNumber(),
                element.atomicMass().toPlainString(), ElementGroup.valueOf(element.group()), element.oxideFormula(),
                element.metalToOxideFactor().toPlainString());
    }

    static CategoryResponse toResponse(Category category) {
        return new CategoryResponse(WasteCategory.valueOf(category.code()), category.assayRequired(),
                category.hazards().stream().map(Hazard::valueOf).toList(),
                category.typical().stream().map(ReferenceMapper::toResponse).toList(),
                category.note());
    }

    private static TypicalFraction toResponse(CategoryComposition line) {
        return new TypicalFraction(line.element(), line.typicalFraction().toPlainString(),
                line.minFraction().toPlainString(), line.maxFraction().toPlainString(),
                Confidence.valueOf(line.confidence()), line.source());
    }
}
