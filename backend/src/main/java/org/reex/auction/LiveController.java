package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.shared.error.NotFoundException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Server-Sent Events for a lot (api-spec: GET /api/v1/lots/{lotId}/live). Written by hand rather than from the
 * generated LiveApi: a stream is not a JSON body, and the generator would declare one event as the return type.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LiveController {

    /**
     * A `keepalive` event at once and then every so often: the response starts without waiting for a change, and
     * proxies do not cut a quiet stream. Clients ignore it (it carries no id).
     */
    static final Duration KEEPALIVE = Duration.ofSeconds(15);

    private final LiveFeed feed;

    public LiveController(LiveFeed feed) {
        this.feed = feed;
    }

    @Get(value = "/api/v1/lots/{lotId}/live", produces = MediaType.TEXT_EVENT_STREAM)
    // For the existence check only (a 404 must be thrown before the stream starts to become a problem+json answer):
    // the method returns at once, and the stream itself holds no thread.
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Publisher<Event<String>> live(@PathVariable long lotId, @Header("Last-Event-ID") @Nullable String lastEventId) {
        if (!feed.exists(lotId)) {
            throw new NotFoundException("No auction for lot " + lotId + ".");
        }
        return stream(lotId, parse(lastEventId));
    }

    private Flux<Event<String>> stream(long lotId, long after) {
        Sinks.Empty<Void> ended = Sinks.empty();
        Flux<Event<String>> events = feed.follow(lotId, after)
                .map(row -> Event.of(row.payload()).id(String.valueOf(row.sequence())).name(row.type()))
                // A client too far behind hears so, then the stream ends; it reconnects from the last id it has.
                .onErrorResume(LiveFeed.FellBehind.class, e -> Mono.just(Event.of("{}").name("reconnect")))
                .doFinally(signal -> ended.tryEmitEmpty());
        Flux<Event<String>> heartbeat = Flux.interval(Duration.ZERO, KEEPALIVE)
                .onBackpressureDrop()
                .map(tick -> Event.of("{}").name("keepalive"))
                .takeUntilOther(ended.asMono());
        // Prefetch 1: the stream's buffer is the feed's, bounded; nothing here queues events ahead of the client.
        return Flux.merge(1, events, heartbeat);
    }

    private static long parse(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
