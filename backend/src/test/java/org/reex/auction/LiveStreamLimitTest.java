package org.reex.auction;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reex.testing.Http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 §3: live streams open at once per user, the lots' and the bell's together. */
@MicronautTest(transactional = false)
@Property(name = "reex.limits.streams.per-user", value = "2")
class LiveStreamLimitTest {

    @Inject
    Http http;

    @Inject
    AuctionFixture fixture;

    private final List<InputStream> open = new ArrayList<>();

    @AfterEach
    void closeStreams() throws IOException {
        for (InputStream stream : open) {
            stream.close();
        }
    }

    @Test
    void aUserIsRefusedPastTheirOpenStreamsUntilOneCloses() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        String lotLive = "/api/v1/lots/" + s.lotId() + "/live";
        String bell = "/api/v1/notifications/live";
        String user = s.recyclers().get(0);
        HttpResponse<InputStream> first = stream(lotLive, user);
        assertEquals(200, first.statusCode());
        assertEquals(200, stream(bell, user).statusCode());

        HttpResponse<InputStream> refusedLot = stream(lotLive, user);
        HttpResponse<InputStream> refusedBell = stream(bell, user);

        assertEquals(429, refusedLot.statusCode());
        assertEquals("application/problem+json", refusedLot.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Long.parseLong(refusedLot.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(body(refusedLot).contains("live streams"), "a problem that says why");
        assertEquals(429, refusedBell.statusCode());
        assertEquals(200, stream(lotLive, s.seller()).statusCode(), "another user is not refused");

        close(first);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        HttpResponse<InputStream> again;
        while ((again = stream(lotLive, user)).statusCode() == 429) {
            assertTrue(Instant.now().isBefore(deadline), "a closed stream should free its slot within 10 s");
            pause();
        }
        assertEquals(200, again.statusCode(), "a slot is free again once a stream closes");
    }

    @Test
    void aRefusedStreamHoldsNoSlot() {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        String user = s.recyclers().get(0);
        for (int i = 0; i < 3; i++) {
            assertEquals(404, stream("/api/v1/lots/" + (s.lotId() + 1_000_000) + "/live", user).statusCode());
        }

        assertEquals(200, stream("/api/v1/lots/" + s.lotId() + "/live", user).statusCode());
        assertEquals(200, stream("/api/v1/notifications/live", user).statusCode());
    }

    /** Opens a stream on a connection of its own; the body stays open until the test closes it. */
    private HttpResponse<InputStream> stream(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            open.add(response.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
