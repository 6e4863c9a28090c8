package org.reex.auction;

import java.math.BigDecimal;

/**
 * Published in the bid's transaction when an English auction's leader changes: the organization that led no longer
 * does. It can lose the lead again only after leading again, so one event per loss is one notice until it leads again.
 */
public record LeadLost(long lotId, long organizationId, BigDecimal price, String currency) {
}
