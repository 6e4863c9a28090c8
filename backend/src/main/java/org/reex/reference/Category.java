package org.reex.reference;

import java.util.List;

/** A waste category with its typical composition (empty when an assay is required) and hazards. */
public record Category(String code, boolean assayRequired, List<String> hazards, List<CategoryComposition> typical,
                       String note) {
}
