package org.reex.notification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New notifications for live bells, fanned out in memory: while at least one stream is open, one reader per instance
 * asks the database once per interval for every organization's new notifications, and each stream keeps those of
 * its organization. The cost to the database does not grow with the number of streams, and an idle stream holds no
 * thread. The reader starts from the newest notification when the first stream opens (a stream does not replay:
 * the client reads its inbox when it connects) and stops when the last one closes.
 */
@Singleton
public class NotificationFeed {

    /** Rows read per interval at most; a burst larger than this is read over the next intervals. */
    static final int BATCH = 500;

    public record Signal(long id, long organizationId, String type) {
    }

    private final Flux<Signal> shared;

    public NotificationFeed(NotificationRepository notifications,
                            @Value("${reex.notifications.live-poll-interval:1s}") Duration interval) {
        this.shared = Flux.defer(() -> {
            AtomicLong last = new AtomicLong(-1);
            return Flux.interval(Duration.ZERO, interval)
                    .onBackpressureDrop()
                    .concatMap(tick -> Mono.fromCallable(() -> read(notifications, last))
                            .subscribeOn(Schedulers.boundedElastic())
                            // A failed read (the database away) is tried again on the next tick.
                            .onErrorResume(e -> Mono.just(List.of())), 1)
                    .flatMapIterable(rows -> rows);
        }).publish().refCount();
    }

    private static List<Signal> read(NotificationRepository notifications, AtomicLong last) {
        if (last.get() < 0) {
            last.set(notifications.maxId());
            return List.of();
        }
        List<Notification> rows = notifications.after(last.get(), BATCH);
        if (!rows.isEmpty()) {
            last.set(rows.get(rows.size() - 1).id());
        }
        return rows.stream().map(n -> new Signal(n.id(), n.organizationId(), n.type())).toList();
    }

    /** The organization's new notifications from now on; a slow reader keeps only the newest. */
    public Flux<Signal> follow(long organizationId) {
        return shared.filter(signal -> signal.organizationId() == organizationId).onBackpressureLatest();
    }
}
