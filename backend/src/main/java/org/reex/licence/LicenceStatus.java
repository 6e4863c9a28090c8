package org.reex.licence;

/** PENDING → VERIFIED | REJECTED; VERIFIED → SUSPENDED → VERIFIED; any live status → EXPIRED once valid-to passes. */
public enum LicenceStatus {
    PENDING, VERIFIED, REJECTED, SUSPENDED, EXPIRED;

    /** Whether the end date turns this status into EXPIRED. */
    boolean canExpire() {
        return this == PENDING || this == VERIFIED || this == SUSPENDED;
    }
}
