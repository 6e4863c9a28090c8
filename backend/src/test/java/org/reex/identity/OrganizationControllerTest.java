package org.reex.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OrganizationControllerTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Test
    void adminCreatesAnAgencyAndAUserWhoCanSignInAsAgency() {
        String admin = accounts.adminToken();
        String name = Accounts.unique("Agency");

        Http.Reply organization = http.post("/api/v1/organizations",
                Map.of("name", name, "type", "AGENCY", "region", "Beijing", "latitude", 39.9042, "longitude", 116.4074), admin);
        assertEquals(201, organization.status(), organization.toString());
        long orgId = ((Number) organization.json().get("id")).longValue();
        String email = Accounts.unique("inspector") + "@example.com";
        Http.Reply user = http.post("/api/v1/organizations/" + orgId + "/users",
                Map.of("email", email, "password", Accounts.PASSWORD, "displayName", "Inspector"), admin);

        assertEquals(201, user.status(), user.toString());
        assertEquals("AGENCY", user.json().get("role"));
        Http.Reply me = http.get("/api/v1/me", http.login(email, Accounts.PASSWORD));
        assertEquals("AGENCY", me.json().get("role"));
        Http.Reply users = http.get("/api/v1/organizations/" + orgId + "/users", admin);
        assertEquals(List.of(email), users.jsonList().stream().map(u -> u.get("email")).toList());
    }

    @Test
    void aManufacturerCallingAnAdminRouteGets403Problem() {
        String manufacturer = accounts.tokenFor("MANUFACTURER");

        Http.Reply create = http.post("/api/v1/organizations",
                Map.of("name", Accounts.unique("Sneaky"), "type", "AGENCY", "region", "X", "latitude", 1, "longitude", 1), manufacturer);
        Http.Reply list = http.get("/api/v1/organizations", manufacturer);

        assertEquals(403, create.status(), create.toString());
        assertEquals("application/problem+json", create.contentType());
        assertEquals(403, list.status());
    }

    @Test
    void anAdminRouteWithoutATokenIs401() {
        assertEquals(401, http.get("/api/v1/organizations", null).status());
    }

    @Test
    void userInAMissingOrganizationIs404() {
        Http.Reply reply = http.post("/api/v1/organizations/987654321/users",
                Map.of("email", Accounts.unique("u") + "@example.com", "password", Accounts.PASSWORD, "displayName", "U"),
                accounts.adminToken());

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void pagesCoverEveryOrganizationOnceEvenWhileOthersAreAdded() {
        String admin = accounts.adminToken();
        accounts.register("RECYCLER");
        accounts.register("RECYCLER");
        accounts.register("RECYCLER");
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Reply page = http.get("/api/v1/organizations?type=RECYCLER&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin);
            assertEquals(200, page.status(), page.toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("items");
            items.forEach(item -> {
                assertEquals("RECYCLER", item.get("type"));
                seen.add(item.get("id"));
            });
            cursor = (String) page.json().get("nextCursor");
            if (pages == 0) {
                accounts.register("RECYCLER");
            }
            pages++;
        } while (cursor != null);

        Set<Object> distinct = new HashSet<>(seen);
        assertEquals(seen.size(), distinct.size(), "no organization twice");
        assertTrue(pages >= 2);
        List<Number> ids = seen.stream().map(Number.class::cast).toList();
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1).longValue() < ids.get(i).longValue(), "oldest first");
        }
    }

    @Test
    void theLastPageHasNoCursorAndATamperedCursorIs400() {
        String admin = accounts.adminToken();

        Http.Reply all = http.get("/api/v1/organizations?limit=200", admin);
        Http.Reply tampered = http.get("/api/v1/organizations?cursor=bm90LWEtY3Vyc29y", admin);
        Http.Reply badLimit = http.get("/api/v1/organizations?limit=0", admin);
        Http.Reply badType = http.get("/api/v1/organizations?type=ROBOT", admin);

        assertNotNull(all.json().get("items"));
        assertNull(all.json().get("nextCursor"), all.body());
        assertEquals(List.of("cursor"), tampered.invalidParamNames(), tampered.toString());
        assertEquals(List.of("limit"), badLimit.invalidParamNames(), badLimit.toString());
        assertEquals(List.of("type"), badType.invalidParamNames(), badType.toString());
    }

    @Test
    void aDuplicateOrganizationNameIs409NamingName() {
        String admin = accounts.adminToken();
        Map<String, Object> body = Map.of("name", Accounts.unique("Twin"), "type", "RECYCLER", "region", "Longyan",
                "latitude", 25.07, "longitude", 117.01);
        assertEquals(201, http.post("/api/v1/organizations", body, admin).status());

        Http.Reply again = http.post("/api/v1/organizations", body, admin);

        assertEquals(409, again.status());
        assertEquals(List.of("name"), again.invalidParamNames());
    }
}
