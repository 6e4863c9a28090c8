package org.reex.lot;

/** Published in the transaction that opens a lot, so that matching can find its recyclers. */
public record LotPublished(long lotId) {
}
