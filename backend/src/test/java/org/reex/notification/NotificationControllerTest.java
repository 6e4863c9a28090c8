package org.reex.notification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.auction.AuctionFixture;
import org.reex.testing.Http;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class NotificationControllerTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    @Test
    void markAllReadMarksOnlyTheCallersOwnNotifications() {
        AuctionFixture.Setup s = fixture.lot(2, Map.of());
        String a = s.recyclers().get(0);
        String b = s.recyclers().get(1);
        fixture.bid(s.lotId(), a, "1000", null);
        fixture.bid(s.lotId(), b, "1100", null);
        assertTrue(unread(a) >= 2, "matched and outbid");
        int bUnread = unread(b);

        Http.Reply marked = http.post("/api/v1/notifications/read-all", "", a);

        assertEquals(200, marked.status(), marked.toString());
        assertTrue(((Number) marked.json().get("marked")).intValue() >= 2);
        assertEquals(0, unread(a));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/v1/notifications", a).json().get("items");
        assertTrue(items.stream().allMatch(n -> Boolean.TRUE.equals(n.get("read"))));
        assertEquals(bUnread, unread(b), "another organization's notifications stay unread");
        assertEquals(0, ((Number) http.post("/api/v1/notifications/read-all", "", a).json().get("marked")).intValue());
        assertEquals(401, http.post("/api/v1/notifications/read-all", "", null).status());
    }

    private int unread(String token) {
        return ((Number) http.get("/api/v1/notifications", token).json().get("unreadCount")).intValue();
    }
}
