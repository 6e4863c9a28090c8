package org.reex.matching;

import org.reex.licence.LicenceFacts;

import java.math.BigDecimal;

/** A recycler's licence considered for a lot, with where the recycler is and what it has been awarded this year. */
record Candidate(LicenceFacts licence, String recyclerName, String recyclerRegion, BigDecimal latitude, BigDecimal longitude,
                 BigDecimal awardedKgThisYear) {
}
