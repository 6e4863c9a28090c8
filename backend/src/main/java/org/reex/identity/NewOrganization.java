package org.reex.identity;

import java.math.BigDecimal;

/** What it takes to create an organization, already checked against the schema. */
public record NewOrganization(String name, OrganizationKind type, String region, BigDecimal latitude, BigDecimal longitude) {
}
