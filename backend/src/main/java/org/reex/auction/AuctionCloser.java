package org.reex.auction;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes auctions whose end has passed. Runs on every instance; row locks with SKIP LOCKED close each one once. */
@Singleton
public class AuctionCloser {

    private static final Logger LOG = LoggerFactory.getLogger(AuctionCloser.class);
    private static final int BATCH = 20;

    private final BiddingService bidding;

    public AuctionCloser(BiddingService bidding) {
        this.bidding = bidding;
    }

    @Scheduled(fixedDelay = "${reex.auctions.closer-interval:1s}", initialDelay = "2s")
    void closeDue() {
        int closed;
        do {
            closed = bidding.closeDue(BATCH);
            if (closed > 0) {
                LOG.info("Closed {} auctions", closed);
            }
        } while (closed == BATCH);
    }
}
