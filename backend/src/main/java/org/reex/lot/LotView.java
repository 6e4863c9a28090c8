package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import org.reex.auction.Auction;

import java.util.List;

/**
 * A lot as one caller may see it. {@code showReserve} is true only for the seller and agencies: bidders see
 * whether a reserve is met, never its amount. {@code showWinner} is true for the seller, the winner and agencies.
 */
public record LotView(Lot lot, String sellerName, List<LotCompositionLine> composition, @Nullable Auction auction,
                      int documentCount, boolean showReserve, boolean showWinner) {
}
