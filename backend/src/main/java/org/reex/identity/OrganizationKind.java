package org.reex.identity;

import org.reex.shared.security.Roles;

/** An organization's type; it sets what its users may do. PLATFORM holds the operator's admins. */
public enum OrganizationKind {
    MANUFACTURER(Roles.MANUFACTURER),
    RECYCLER(Roles.RECYCLER),
    AGENCY(Roles.AGENCY),
    PLATFORM(Roles.ADMIN);

    private final String role;

    OrganizationKind(String role) {
        this.role = role;
    }

    /** The role every user of an organization of this type has. */
    public String role() {
        return role;
    }
}
