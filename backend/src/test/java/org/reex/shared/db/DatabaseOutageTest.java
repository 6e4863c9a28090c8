package org.reex.shared.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.auction.AuctionFixture;
import org.reex.testing.Http;
import org.reex.testing.TcpProxy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second instance of the app reaches the database through a proxy the test cuts: it starts while the database is
 * down and waits for it, answers 503 with Retry-After within seconds while it is down, reports DOWN on /health,
 * and serves again within seconds once the database is back, with no 500 on the way.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest {

    @Inject
    Http http;

    @Inject
    JsonMapper json;

    @Inject
    AuctionFixture fixture;

    @Test
    void anInstanceWaitsForTheDatabaseFailsFastWithoutItAndRecovers() throws Exception {
        AuctionFixture.Setup s = fixture.lot(1, Map.of());
        URI database = URI.create(System.getProperty("datasources.default.url").substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(database.getHost(), database.getPort(), false)) {
            String proxied = "jdbc:mysql://127.0.0.1:" + proxy.port() + database.getPath();
            CompletableFuture<EmbeddedServer> starting = CompletableFuture.supplyAsync(() -> ApplicationContext.run(
                    EmbeddedServer.class, Map.of("datasources.default.url", proxied), "test"));

            awaitTrue(() -> proxy.refused() >= 3, Instant.now().plus(Duration.ofSeconds(60)), "the instance keeps trying");
            assertFalse(starting.isDone(), "an instance started while the database is down waits for it");
            proxy.up();
            EmbeddedServer second = starting.get(60, TimeUnit.SECONDS);
            try {
                Http other = new Http(second.getURL().toString(), json);
                String path = "/api/v1/lots/" + s.lotId() + "/auction";
                String token = s.recyclers().get(0);
                assertEquals(201, fixture.bidThrough(other, s.lotId(), token, "1000").status());

                proxy.down();
                for (Supplier<Http.Reply> request : List.<Supplier<Http.Reply>>of(
                        () -> other.get(path, token), () -> fixture.bidThrough(other, s.lotId(), token, "1100"))) {
                    Instant before = Instant.now();
                    Http.Reply reply = request.get();
                    Duration took = Duration.between(before, Instant.now());
                    assertEquals(503, reply.status(), reply.toString());
                    assertTrue(reply.header("Retry-After").isPresent(), reply.toString());
                    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                    assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "failed fast: " + took);
                }
                Instant cut = Instant.now();
                awaitTrue(() -> other.get("/health", null).status() == 503, cut.plus(Duration.ofSeconds(10)),
                        "health says DOWN");

                proxy.up();
                Instant back = Instant.now();
                List<Http.Reply> meanwhile = new ArrayList<>();
                awaitTrue(() -> {
                    Http.Reply reply = other.get(path, token);
                    meanwhile.add(reply);
                    return reply.status() == 200;
                }, back.plus(Duration.ofSeconds(10)), "serves again within seconds");
                assertTrue(meanwhile.stream().noneMatch(r -> r.status() >= 500 && r.status() != 503), meanwhile.toString());
                Http.Reply bid = fixture.bidThrough(other, s.lotId(), token, "1100");
                assertEquals(201, bid.status(), bid.toString());
                assertEquals(200, other.get("/health", null).status());
            } finally {
                second.getApplicationContext().close();
            }
        }
    }

    private static void awaitTrue(Supplier<Boolean> condition, Instant deadline, String what) {
        while (!condition.get()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
        }
    }
}
