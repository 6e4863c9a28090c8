package org.reex.licence;

/** Published in the transaction that changes a licence's standing, so matches follow it. */
public record LicenceChanged(long licenceId, long organizationId) {
}
