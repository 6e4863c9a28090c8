package org.reex.lot;

import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;

/**
 * Who may see and change a lot. A draft exists only for its seller's organization and agencies: anyone else
 * gets 404, as if it did not exist. A listed lot is seen by everyone signed in, changed only by its seller (403).
 */
final class LotAccess {

    private LotAccess() {
    }

    static boolean canSee(Caller caller, Lot lot) {
        return lot.isListed() || isSeller(caller, lot) || caller.is(Roles.AGENCY);
    }

    static boolean isSeller(Caller caller, Lot lot) {
        return caller.organizationId() == lot.sellerOrganizationId();
    }

    static boolean isWinner(Caller caller, Lot lot) {
        Long winner = lot.winnerOrganizationId();
        return winner != null && winner == caller.organizationId();
    }

    static void requireVisible(Caller caller, Lot lot) {
        if (!canSee(caller, lot)) {
            throw notFound(lot.id());
        }
    }

    static void requireSeller(Caller caller, Lot lot) {
        requireVisible(caller, lot);
        if (!isSeller(caller, lot)) {
            throw new ForbiddenException("Only the lot's seller may change it.");
        }
    }

    static NotFoundException notFound(long lotId) {
        return new NotFoundException("No lot " + lotId + ".");
    }
}
