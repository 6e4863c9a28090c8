package org.reex.custody;

import io.micronaut.core.annotation.Nullable;
import org.reex.lot.AwardedLot;

import java.util.List;
import java.util.Map;

/** A lot's chain as one caller sees it: the events with their actors' names, the check, and whose turn it is. */
public record CustodyTrailView(AwardedLot lot, @Nullable String winnerName, List<CustodyEntry> events,
                               Map<Long, String> actorNames, CustodyVerification verification,
                               @Nullable CustodyStep nextStep, boolean callerMayRecord) {
}
