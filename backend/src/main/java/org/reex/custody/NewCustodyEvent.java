package org.reex.custody;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A custody step as a client sent it, masses still as the strings they travelled as. */
public record NewCustodyEvent(CustodyStep type, Instant at, @Nullable String shippedKg, @Nullable String carrier,
                              @Nullable String vehiclePlate, @Nullable String transportDocument,
                              @Nullable String documentMismatchReason, @Nullable String weighedKg,
                              @Nullable String weighbridgeTicket, @Nullable String processRoute,
                              @Nullable LocalDate startedOn, @Nullable LocalDate endedOn) {
}
