package org.reex.tip;

import java.util.Map;
import java.util.Set;

/** Where a tip stands: NEW → INVESTIGATING → SUBSTANTIATED | UNSUBSTANTIATED (the last two are final). */
public enum TipStatus {
    NEW, INVESTIGATING, SUBSTANTIATED, UNSUBSTANTIATED;

    private static final Map<TipStatus, TipStatus> FROM = Map.of(
            INVESTIGATING, NEW,
            SUBSTANTIATED, INVESTIGATING,
            UNSUBSTANTIATED, INVESTIGATING);

    /** The one status a tip must be in to move to {@code this}; null for NEW, which no step reaches. */
    TipStatus requiredBefore() {
        return FROM.get(this);
    }

    static final Set<TipStatus> FINAL = Set.of(SUBSTANTIATED, UNSUBSTANTIATED);
}
