package org.reex.lot;

import java.util.Set;

/** A lot's life: listing and auction, then the custody chain after the award. */
public enum LotStatus {
    DRAFT, OPEN, CLOSED, AWARDED, NO_SALE, CANCELLED, PICKED_UP, DELIVERED, RECEIVED, PROCESSED, CERTIFIED;

    /** The states in which the lot accepts new documents from its seller. */
    static final Set<LotStatus> ACCEPTS_DOCUMENTS = Set.of(DRAFT, OPEN, CLOSED, AWARDED);
}
