package org.reex.recovery;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A stored report with its lines, the recycler's name and the lot's certificate code. */
public record RecoveryView(RecoveryReport report, List<RecoveryLineRow> lines, String recyclerName,
                           @Nullable String certificateCode) {
}
