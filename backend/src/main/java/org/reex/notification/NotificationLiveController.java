package org.reex.notification;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.shared.security.CurrentCaller;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Duration;

/**
 * Server-Sent Events for the bell (api-spec: GET /api/v1/notifications/live), written by hand like the lots' live
 * route: a stream is not a JSON body. Each event only says that something new is there; the client reads its inbox.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NotificationLiveController {

    /** A `keepalive` event at once and then every so often, as on the lots' streams. */
    static final Duration KEEPALIVE = Duration.ofSeconds(15);

    private final NotificationFeed feed;
    private final CurrentCaller currentCaller;

    public NotificationLiveController(NotificationFeed feed, CurrentCaller currentCaller) {
        this.feed = feed;
        this.currentCaller = currentCaller;
    }

    @Get(value = "/api/v1/notifications/live", produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> live() {
        long organizationId = currentCaller.get().organizationId();
        Flux<Event<String>> heartbeat = Flux.interval(Duration.ZERO, KEEPALIVE)
                .map(tick -> Event.of("{}").name("keepalive"));
        Flux<Event<String>> signals = feed.follow(organizationId)
                .map(s -> Event.of("{\"id\":" + s.id() + ",\"type\":\"" + s.type() + "\"}")
                        .id(String.valueOf(s.id())).name("notification"));
        return Flux.merge(heartbeat, signals);
    }
}
