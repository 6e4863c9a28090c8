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
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Publisher<Event<String>> live(@PathVariable long lotId, @Header("Last-Event-ID") @Nullable String lastEventId) {
        if (!feed.exists(lotId)) {
            throw new NotFoundException("No auction for lot " + lotId + ".");
        }
        long after = parse(lastEventId);
        Flux<Event<String>> heartbeat = Flux.interval(Duration.ZERO, KEEPALIVE)
                .map(tick -> Event.of("{}").name("keepalive"));
        return feed.follow(lotId, after)
                .map(row -> Event.of(row.payload()).id(String.valueOf(row.sequence())).name(row.type()))
                .publish(events -> Flux.merge(events, heartbeat.takeUntilOther(events.ignoreElements())));
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
