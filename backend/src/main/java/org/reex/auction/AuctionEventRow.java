package org.reex.auction;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/**
 * One change a browser should see, in the lot's sequence. {@code id} orders every lot's events together (the order
 * the rows were inserted, not always the order they were committed); {@code sequence} is the lot's own order and the
 * stream's event id.
 */
@Introspected
public record AuctionEventRow(long id, long lotId, long sequence, String type, String payload, Instant occurredAt) {
}
