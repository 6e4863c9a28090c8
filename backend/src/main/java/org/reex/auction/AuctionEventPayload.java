package org.reex.auction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The public content of a live event: the same for every viewer, so it never carries a sealed amount or a name. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuctionEventPayload(long sequence, String type, @Nullable String currentPrice, int bidCount, Instant closesAt,
                                  boolean reserveMet, @Nullable String leaderLabel, @Nullable String result,
                                  Instant occurredAt) {
}
