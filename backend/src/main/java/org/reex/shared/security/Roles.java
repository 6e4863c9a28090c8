package org.reex.shared.security;

/** Role names carried in the access token; a user's role follows from its organization's type. */
public final class Roles {

    public static final String MANUFACTURER = "MANUFACTURER";
    public static final String RECYCLER = "RECYCLER";
    public static final String AGENCY = "AGENCY";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
