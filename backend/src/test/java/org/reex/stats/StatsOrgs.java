package org.reex.stats;

import jakarta.inject.Singleton;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.Map;

/** Registers organizations with names of the test's choosing (Chinese ones too) and signs their first users in. */
@Singleton
public class StatsOrgs {

    public record Org(long id, String name, String token) {
    }

    private final Http http;
    private final Accounts accounts;

    public StatsOrgs(Http http, Accounts accounts) {
        this.http = http;
        this.accounts = accounts;
    }

    @SuppressWarnings("unchecked")
    public Org register(String type, String name) {
        Map<String, Object> body = accounts.registration(type);
        String unique = name + " " + Accounts.unique("o");
        body.put("organizationName", unique);
        Http.Reply reply = http.post("/api/v1/auth/register", body, null);
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        String token = (String) reply.json().get("accessToken");
        Map<String, Object> me = http.get("/api/v1/me", token).json();
        long id = ((Number) ((Map<String, Object>) me.get("organization")).get("id")).longValue();
        return new Org(id, unique, token);
    }
}
