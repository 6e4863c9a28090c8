package org.reex.lot;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.reex.auction.LeadLost;
import org.reex.notification.NotificationService;

import java.util.Map;

/**
 * Tells a bidder that lost the lead, in the bid's own transaction (the notice exists exactly when the bid does).
 * Here rather than in the auction feature because the notice names the lot, which this feature owns.
 */
@Singleton
class OutbidNotices {

    private final LotRepository lots;
    private final NotificationService notifications;

    OutbidNotices(LotRepository lots, NotificationService notifications) {
        this.lots = lots;
        this.notifications = notifications;
    }

    @EventListener
    void onLeadLost(LeadLost event) {
        Lot lot = lots.findById(event.lotId()).orElseThrow();
        notifications.notify(event.organizationId(), NotificationService.OUTBID, Map.of("lotId", String.valueOf(lot.id()),
                "lotTitle", lot.title(), "price", event.price().toPlainString(), "currency", event.currency()), lot.id());
    }
}
