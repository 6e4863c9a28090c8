package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

@MappedEntity("lot_composition")
public record LotCompositionLine(@Id @GeneratedValue @Nullable Long id, long lotId, String element, BigDecimal fraction,
                                 String source) {
}
