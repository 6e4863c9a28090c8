package org.reex.identity;

/** What it takes to create a user, already checked against the schema. */
public record NewUser(String email, String password, String displayName) {
}
