package org.reex.shared.security;

/** The signed-in user making the current request. */
public record Caller(long userId, long organizationId, String role) {

    public boolean is(String someRole) {
        return role.equals(someRole);
    }
}
