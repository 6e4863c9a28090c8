package org.reex.licence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** What matching needs of a licence: its standing at a moment, reach and capacity per category (tonnes/year). */
public record LicenceFacts(long id, long organizationId, String number, LicenceStatus status, Instant validFrom,
                           Instant validTo, int maxHaulKm, Map<String, BigDecimal> capacityTonnes) {
}
