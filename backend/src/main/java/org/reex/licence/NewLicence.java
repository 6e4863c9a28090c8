package org.reex.licence;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** A licence as a recycler submits it, before the rules are checked. */
public record NewLicence(String number, String issuingAuthority, List<Capacity> capacities, String regionServed,
                         int maxHaulKm, Instant validFrom, Instant validTo, String dischargePermitNumber) {

    public record Capacity(String category, @Nullable String tonnesPerYear) {
    }
}
