package org.reex.lot;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.reex.auction.TradingService;
import org.reex.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells every organization that bid on or watches a lot, once, that its auction is about to close. Any number of
 * instances may run the check at once: the once-claim in NotificationService decides who sends. Here rather than in
 * the auction feature because the notice names the lot, which this feature owns.
 */
@Singleton
class ClosingSoonNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingSoonNotices.class);

    private final TradingService trading;
    private final LotRepository lots;
    private final NotificationService notifications;
    private final Duration window;

    ClosingSoonNotices(TradingService trading, LotRepository lots, NotificationService notifications,
                       @Value("${reex.notifications.closing-soon-within:1h}") Duration window) {
        this.trading = trading;
        this.lots = lots;
        this.notifications = notifications;
        this.window = window;
    }

    @Scheduled(fixedDelay = "${reex.notifications.closing-soon-check:30s}", initialDelay = "20s")
    void check() {
        int sent = send();
        if (sent > 0) {
            LOG.info("Sent {} closing-soon notices", sent);
        }
    }

    /** One pass: answers how many notices this pass sent. */
    int send() {
        int sent = 0;
        List<TradingService.ClosingAuction> closing = trading.closingWithin(window);
        for (TradingService.ClosingAuction auction : closing) {
            Lot lot = lots.findById(auction.lotId()).orElse(null);
            if (lot == null) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            params.put("lotId", String.valueOf(lot.id()));
            params.put("lotTitle", lot.title());
            params.put("closesAt", auction.closesAt().toString());
            params.put("currency", auction.currency());
            if (auction.price() != null) {
                params.put("price", auction.price().toPlainString());
            }
            for (long organizationId : auction.participants()) {
                if (notifications.notifyOnce(organizationId, NotificationService.CLOSING_SOON, lot.id(), Map.copyOf(params))) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
