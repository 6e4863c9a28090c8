package org.reex.stats;

import jakarta.inject.Singleton;

/**
 * Keeps the statistics rollups current. Called by report acceptance inside its transaction, so a report and its
 * rollup rows commit or roll back together (DESIGN §2 Statistics: never scan reports per request).
 */
@Singleton
public class RecoveryRollups {

    /** Adds one certified lot's figures to every rollup. Must run inside the caller's transaction. */
    public void add(CertifiedLot lot) {
        // Filled in by the statistics feature (issue 9).
    }
}
