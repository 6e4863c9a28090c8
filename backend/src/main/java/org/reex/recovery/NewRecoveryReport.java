package org.reex.recovery;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A report as the recycler sent it, figures still as the strings they travelled as. */
public record NewRecoveryReport(String processRoute, List<Line> lines) {

    public record Line(@Nullable String element, @Nullable String recoveredKg, @Nullable String productForm,
                       @Nullable String purityPercent) {
    }
}
