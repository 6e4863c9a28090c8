package org.reex.testing;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Makes fresh, uniquely named accounts through the public API, so tests never depend on each other. */
@Singleton
public class Accounts {

    public static final String ADMIN_EMAIL = "admin@reex.local";
    public static final String ADMIN_PASSWORD = "admin-password";
    public static final String PASSWORD = "correct-horse-battery";

    private final Http http;

    public Accounts(Http http) {
        this.http = http;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Map<String, Object> registration(String type) {
        String tag = unique(type.toLowerCase());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationName", "Org " + tag);
        body.put("organizationType", type);
        body.put("email", tag + "@example.com");
        body.put("password", PASSWORD);
        body.put("displayName", "User " + tag);
        body.put("region", "Ganzhou");
        body.put("latitude", 25.8310);
        body.put("longitude", 114.9336);
        return body;
    }

    /** Registers a new organization of the type and returns its first user's email. */
    public String register(String type) {
        Map<String, Object> body = registration(type);
        Http.Reply reply = http.post("/api/v1/auth/register", body, null);
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        return (String) body.get("email");
    }

    public String tokenFor(String type) {
        return http.login(register(type), PASSWORD);
    }

    /** A new agency organization (made by the admin) and a signed-in user of it. */
    public String agencyToken() {
        String admin = adminToken();
        Http.Reply org = http.post("/api/v1/organizations", Map.of("name", unique("Agency"), "type", "AGENCY",
                "region", "Beijing", "latitude", 39.9, "longitude", 116.4), admin);
        String email = unique("inspector") + "@example.com";
        http.post("/api/v1/organizations/" + org.json().get("id") + "/users",
                Map.of("email", email, "password", PASSWORD, "displayName", "Inspector"), admin);
        return http.login(email, PASSWORD);
    }

    /** Registers a recycler at the given place and returns its token. */
    public String recyclerAt(String region, double latitude, double longitude) {
        Map<String, Object> body = registration("RECYCLER");
        body.put("region", region);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        Http.Reply reply = http.post("/api/v1/auth/register", body, null);
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        return (String) reply.json().get("accessToken");
    }

    public String adminToken() {
        return http.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }
}
