package org.reex.custody;

import io.micronaut.core.annotation.Nullable;
import org.reex.lot.LotStatus;

/** The four custody steps in their order: who records each, and the lot status before and after it. */
public enum CustodyStep {
    PICKED_UP(Party.SELLER, LotStatus.AWARDED, LotStatus.PICKED_UP),
    DELIVERED(Party.WINNER, LotStatus.PICKED_UP, LotStatus.DELIVERED),
    RECEIVED(Party.WINNER, LotStatus.DELIVERED, LotStatus.RECEIVED),
    PROCESSED(Party.WINNER, LotStatus.RECEIVED, LotStatus.PROCESSED);

    public enum Party { SELLER, WINNER }

    private final Party party;
    private final LotStatus before;
    private final LotStatus after;

    CustodyStep(Party party, LotStatus before, LotStatus after) {
        this.party = party;
        this.before = before;
        this.after = after;
    }

    public Party party() {
        return party;
    }

    LotStatus before() {
        return before;
    }

    LotStatus after() {
        return after;
    }

    /** 1 for PICKED_UP … 4 for PROCESSED: the event's place in the chain. */
    public int sequence() {
        return ordinal() + 1;
    }

    /** The step a lot in this status waits for, if it waits for one. */
    @Nullable
    static CustodyStep next(LotStatus status) {
        for (CustodyStep step : values()) {
            if (step.before == status) {
                return step;
            }
        }
        return null;
    }

    /** How many events a lot in this status has recorded: the chain must hold at least that many. */
    static int recordedBy(LotStatus status) {
        return switch (status) {
            case PICKED_UP -> 1;
            case DELIVERED -> 2;
            case RECEIVED -> 3;
            case PROCESSED, CERTIFIED -> 4;
            default -> 0;
        };
    }
}
