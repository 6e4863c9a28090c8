package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("bid")
public record Bid(@Id @GeneratedValue @Nullable Long id, long lotId, long bidderOrganizationId, long bidderUserId,
                  BigDecimal amount, @Nullable BigDecimal maxAmount, String outcome, @Nullable BigDecimal priceAfter,
                  Instant placedAt) {
}
