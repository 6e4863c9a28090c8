package org.reex.flag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A raised discrepancy. {@code subject} tells apart several flags of one rule on one lot (the element, the custody
 * step) and is '' for rules about the whole lot; (lot, rule, subject) is unique, which is what makes a rule fire once.
 * {@code evidence} is a JSON object of decimal strings.
 */
@MappedEntity("flag")
public record Flag(
        @Id @GeneratedValue @Nullable Long id,
        long lotId,
        FlagRule rule,
        String subject,
        FlagStatus status,
        String evidence,
        String lotTitle,
        String category,
        String region,
        long sellerOrganizationId,
        @Nullable Long recyclerOrganizationId,
        Instant createdAt,
        @Nullable String decision,
        @Nullable String note,
        @Nullable Long decidedByUserId,
        @Nullable Instant decidedAt) {
}
