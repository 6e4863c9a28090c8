package org.reex.flag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A raised discrepancy. {@code subject} tells apart several flags of one rule on one lot (the element, the custody
 * step) and is '' for rules about the whole lot; (lot, rule, subject) is unique, which is what makes a rule fire once.
 * {@code evidence} is a JSON object of decimal strings. A flag about a recycler's monthly report has no lot: it names
 * the month ({@code reportMonth}, yyyy-MM) and the recycler, and its region is the recycler's; (recycler, month, rule,
 * subject) is unique for those.
 */
@MappedEntity("flag")
public record Flag(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long lotId,
        FlagRule rule,
        String subject,
        FlagStatus status,
        String evidence,
        @Nullable String lotTitle,
        @Nullable String category,
        String region,
        @Nullable Long sellerOrganizationId,
        @Nullable Long recyclerOrganizationId,
        Instant createdAt,
        @Nullable String decision,
        @Nullable String note,
        @Nullable Long decidedByUserId,
        @Nullable Instant decidedAt,
        @Nullable String reportMonth) {
}
