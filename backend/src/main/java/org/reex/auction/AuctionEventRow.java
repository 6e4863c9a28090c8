package org.reex.auction;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** One change a browser should see, in the lot's sequence. */
@Introspected
public record AuctionEventRow(long lotId, long sequence, String type, String payload, Instant occurredAt) {
}
