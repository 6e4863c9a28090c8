package org.reex.notification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * New notifications for live bells, fanned out in memory: while at least one stream is open, one reader per instance
 * asks the database once per interval for every organization's new notifications, and each stream keeps those of
 * its organization. The cost to the database does not grow with the number of streams, and an idle stream holds no
 * thread. The reader starts just below the newest notification when the first stream opens (a stream does not
 * replay: the client reads its inbox when it connects), stops when the last one closes, and catches notifications
 * committed out of id order (see {@link Reader}).
 */
@Singleton
public class NotificationFeed {

    /** Rows read per interval at most; a burst larger than this is read over the next intervals. */
    static final int BATCH = 500;
    /** How far below the newest id the first read starts. */
    static final int LOOKBACK = 64;
    /** Skipped ids remembered at most. */
    static final int MAX_MISSING = 1000;
    private static final List<Long> NONE = List.of(0L);

    public record Signal(long id, long organizationId, String type) {
    }

    private final Flux<Signal> shared;

    public NotificationFeed(NotificationRepository notifications,
                            @Value("${reex.notifications.live-poll-interval:1s}") Duration interval,
                            @Value("${reex.notifications.live-missing-wait:30s}") Duration missingWait) {
        this.shared = Flux.defer(() -> {
            Reader reader = new Reader(notifications, missingWait.toNanos());
            return Flux.interval(Duration.ZERO, interval)
                    .onBackpressureDrop()
                    .concatMap(tick -> Mono.fromCallable(reader::read)
                            .subscribeOn(Schedulers.boundedElastic())
                            // A failed read (the database away) is tried again on the next tick.
                            .onErrorResume(e -> Mono.just(List.of())), 1)
                    .flatMapIterable(rows -> rows);
        }).publish().refCount();
    }

    /**
     * Where the shared read stands. Ids are handed out at insert and become visible at commit, so a notification can
     * appear below the highest id already read: ids skipped over are asked for again (in the same query) until they
     * appear or {@code missingWait} has passed (a rolled-back insert leaves its id unused for ever). The first read
     * starts a little below the newest id, so a notice written while the first stream was opening is not lost; a
     * signal only makes the client re-read its inbox, so one about an older notice costs a read and nothing else.
     */
    private static final class Reader {
        private final NotificationRepository notifications;
        private final long missingWaitNanos;
        private long top = -1;
        private final TreeMap<Long, Long> missing = new TreeMap<>();

        Reader(NotificationRepository notifications, long missingWaitNanos) {
            this.notifications = notifications;
            this.missingWaitNanos = missingWaitNanos;
        }

        synchronized List<Signal> read() {
            if (top < 0) {
                top = Math.max(0, notifications.maxId() - LOOKBACK);
            }
            List<Notification> rows = notifications.tail(top, missing.isEmpty() ? NONE : List.copyOf(missing.keySet()),
                    BATCH);
            long now = System.nanoTime();
            List<Signal> signals = new ArrayList<>(rows.size());
            for (Notification row : rows) {
                if (row.id() > top) {
                    for (long id = Math.max(top + 1, row.id() - MAX_MISSING); id < row.id(); id++) {
                        missing.put(id, now);
                    }
                    top = row.id();
                } else {
                    missing.remove(row.id());
                }
                signals.add(new Signal(row.id(), row.organizationId(), row.type()));
            }
            missing.values().removeIf(since -> now - since > missingWaitNanos);
            while (missing.size() > MAX_MISSING) {
                missing.pollFirstEntry();
            }
            return signals;
        }
    }

    /** The organization's new notifications from now on; a slow reader keeps only the newest. */
    public Flux<Signal> follow(long organizationId) {
        return shared.filter(signal -> signal.organizationId() == organizationId).onBackpressureLatest();
    }
}
