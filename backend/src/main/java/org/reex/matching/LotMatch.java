package org.reex.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("lot_match")
public record LotMatch(@Id @GeneratedValue @Nullable Long id, long lotId, long recyclerOrganizationId, long licenceId,
                       BigDecimal score, String reasons, Instant matchedAt) {
}
