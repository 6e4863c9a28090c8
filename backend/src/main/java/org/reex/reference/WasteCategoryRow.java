package org.reex.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("waste_category")
public record WasteCategoryRow(@Id String code, int position, boolean assayRequired, String hazards, String note) {
}
