package org.reex.auction;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lots' live events for browsers, from the event log that every instance writes (docs/adr/006). While at least one
 * stream is open, one reader per instance asks the database once per interval for every lot's new events and hands
 * each to the open streams of its lot from memory: the database's work does not grow with the number of viewers, and
 * an idle stream holds no thread, only a bounded buffer.
 * <p>
 * A stream starts with one read of its lot's events after the sequence the browser last saw (Last-Event-ID), then
 * takes the shared events, skipping those it already has: a reconnect misses nothing and repeats nothing. It ends
 * after the close, or, when its client has fallen more than a buffer behind, with {@link FellBehind}: the client
 * reconnects from its last id and reads what it missed from the database.
 * <p>
 * Ids come from AUTO_INCREMENT, given at insert: a transaction can commit an event after another one with a higher
 * id was read. The reader therefore remembers the ids it skipped over and asks for them again with each read (in the
 * same query) until they appear or {@code live-missing-wait} has passed (a rolled-back insert leaves its id unused for
 * good). A stream also checks its lot's sequence, which has no holes: if an event arrives after a hole (an id given up
 * on), the stream reads the lot's missing events from the database before going on.
 */
@Singleton
public class LiveFeed {

    /** Rows read per query at most; a bigger burst is read by further queries in the same tick. */
    static final int BATCH = 500;
    /** Queries per tick at most, so one tick cannot run on forever behind a flood. */
    static final int MAX_READS_PER_TICK = 20;
    /**
     * When the reader starts, it reads again this many ids below the newest: inserts still in flight then (at most
     * one per pooled connection on each instance) commit with ids below it.
     */
    static final int LOOKBACK = 500;
    /** Skipped ids remembered at most. */
    static final int MAX_MISSING = 2000;
    private static final List<Long> NONE = List.of(0L);
    private static final String CLOSED = "closed";
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    /** Ends the stream of a client that fell more than its buffer behind; it reconnects with its last id. */
    public static final class FellBehind extends RuntimeException {
        FellBehind() {
            super("The client fell too far behind; reconnect with Last-Event-ID.", null, false, false);
        }
    }

    /** What the live feed has done since the instance started, for tests and the benchmark. */
    public record Stats(long ticks, long tailQueries, long streamQueries, int openStreams, int missingIds, long fellBehind) {
    }

    private final AuctionEventRepository events;
    private final AuctionRepository auctions;
    private final Duration interval;
    private final long missingWaitNanos;
    private final int buffer;

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong tailQueries = new AtomicLong();
    private final AtomicLong streamQueries = new AtomicLong();
    private final AtomicLong fellBehind = new AtomicLong();
    private final Reader reader = new Reader();
    private int open;
    private Disposable reading;
    private Sinks.Empty<Void> ready;

    public LiveFeed(AuctionEventRepository events, AuctionRepository auctions,
                    @Value("${reex.auctions.live-poll-interval:100ms}") Duration interval,
                    @Value("${reex.auctions.live-missing-wait:30s}") Duration missingWait,
                    @Value("${reex.auctions.live-buffer:1024}") int buffer) {
        this.events = events;
        this.auctions = auctions;
        this.interval = interval;
        this.missingWaitNanos = missingWait.toNanos();
        this.buffer = buffer;
    }

    public boolean exists(long lotId) {
        return auctions.existsById(lotId);
    }

    public synchronized Stats stats() {
        return new Stats(ticks.get(), tailQueries.get(), streamQueries.get(), open, reader.missingCount, fellBehind.get());
    }

    /** With this class's logger at DEBUG, its counters once a second (bench/live-fanout.sh reads them). */
    @Scheduled(fixedDelay = "1s")
    void logStats() {
        if (LOG.isDebugEnabled()) {
            Stats s = stats();
            LOG.debug("live-feed stats at={} streams={} ticks={} tailQueries={} streamQueries={} fellBehind={} missingIds={}",
                    System.currentTimeMillis(), s.openStreams(), s.ticks(), s.tailQueries(), s.streamQueries(), s.fellBehind(),
                    s.missingIds());
        }
    }

    /** The lot's events after {@code afterSequence}, in order, each once; ends after the close. */
    public Flux<AuctionEventRow> follow(long lotId, long afterSequence) {
        return Flux.defer(() -> {
            Listener listener = new Listener(lotId);
            // Listen first, and read what was missed once the reader has its starting point: an event committed in
            // between comes both ways and is skipped the second time, none falls between the two.
            Mono<Void> ready = register(listener);
            AtomicLong last = new AtomicLong(afterSequence);
            return Flux.concat(ready.thenMany(read(lotId, afterSequence)), listener.sink.asFlux())
                    .concatMap(row -> inOrder(lotId, row, last), 1)
                    .takeUntil(row -> CLOSED.equals(row.type()))
                    .doFinally(signal -> unregister(listener));
        });
    }

    /** The row if it is the next one; nothing if the stream has it; the lot's events up to it if some are missing. */
    private Flux<AuctionEventRow> inOrder(long lotId, AuctionEventRow row, AtomicLong last) {
        long seen = last.get();
        if (row.sequence() <= seen) {
            return Flux.empty();
        }
        if (row.sequence() == seen + 1) {
            last.set(row.sequence());
            return Flux.just(row);
        }
        return read(lotId, seen).collectList().flatMapIterable(rows -> {
            List<AuctionEventRow> next = new ArrayList<>();
            for (AuctionEventRow r : rows) {
                if (r.sequence() > last.get() && r.sequence() <= row.sequence()) {
                    next.add(r);
                    last.set(r.sequence());
                }
            }
            if (row.sequence() > last.get()) {
                next.add(row);
                last.set(row.sequence());
            }
            return next;
        });
    }

    /** One lot's events after a sequence, from the database, on the blocking pool. */
    private Flux<AuctionEventRow> read(long lotId, long afterSequence) {
        return Mono.fromCallable(() -> {
            List<AuctionEventRow> all = new ArrayList<>();
            long after = afterSequence;
            while (true) {
                List<AuctionEventRow> rows = events.after(lotId, after, BATCH);
                streamQueries.incrementAndGet();
                all.addAll(rows);
                if (rows.size() < BATCH) {
                    return all;
                }
                after = rows.get(rows.size() - 1).sequence();
            }
        }).subscribeOn(Schedulers.boundedElastic()).flatMapIterable(rows -> rows);
    }

    /** Adds the stream, starting the reader if it is the first; completes once the reader has its starting point. */
    private synchronized Mono<Void> register(Listener listener) {
        listeners.computeIfAbsent(listener.lotId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        if (open++ == 0) {
            ready = Sinks.empty();
            reader.starting.set(ready);
            reading = Flux.interval(Duration.ZERO, interval)
                    .onBackpressureDrop()
                    .concatMap(tick -> Mono.fromRunnable(reader::tick).subscribeOn(Schedulers.boundedElastic())
                            // A failed read (the database away) is tried again on the next tick (logged once).
                            .onErrorResume(e -> Mono.empty()), 1)
                    .subscribe();
        }
        return ready.asMono();
    }

    private synchronized void unregister(Listener listener) {
        listeners.computeIfPresent(listener.lotId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
        if (--open == 0) {
            reading.dispose();
            reading = null;
        }
    }

    private void dispatch(AuctionEventRow row) {
        Set<Listener> lot = listeners.get(row.lotId());
        if (lot != null) {
            for (Listener listener : lot) {
                listener.offer(row);
            }
        }
    }

    /** One open stream: its lot and its buffer, filled by the reader, emptied as the client reads. */
    private final class Listener {
        final long lotId;
        final Sinks.Many<AuctionEventRow> sink = Sinks.many().unicast()
                .onBackpressureBuffer(Queues.<AuctionEventRow>get(buffer).get());
        private volatile boolean behind;

        Listener(long lotId) {
            this.lotId = lotId;
        }

        void offer(AuctionEventRow row) {
            if (behind) {
                return;
            }
            if (sink.tryEmitNext(row) == Sinks.EmitResult.FAIL_OVERFLOW) {
                behind = true;
                fellBehind.incrementAndGet();
                sink.tryEmitError(new FellBehind());
            }
        }
    }

    /** The one reader of this instance; its ticks never overlap (one interval at a time, and the lock). */
    private final class Reader {
        /** Set when the reader (re)starts; completed once its first read has set where it starts. */
        final AtomicReference<Sinks.Empty<Void>> starting = new AtomicReference<>();
        /** The highest id read. */
        private long top;
        /** Ids below {@code top} not seen yet (in flight, or never to be), with when they were first missed. */
        private final TreeMap<Long, Long> missing = new TreeMap<>();
        private volatile int missingCount;
        private boolean failing;

        synchronized void tick() {
            ticks.incrementAndGet();
            Sinks.Empty<Void> start = starting.getAndSet(null);
            try {
                if (start != null) {
                    // Events committed before this first read reach a stream through its own catch-up read, which
                    // waits for this one: read them only to learn which ids below the newest are still in flight.
                    missing.clear();
                    top = Math.max(0, events.maxId() - LOOKBACK);
                    tailQueries.incrementAndGet();
                }
                read(start == null);
            } catch (RuntimeException e) {
                if (start != null) {
                    starting.compareAndSet(null, start);
                }
                if (!failing) {
                    failing = true;
                    LOG.warn("Live feed read failed; trying again each tick: {}", e.toString());
                }
                throw e;
            }
            if (failing) {
                failing = false;
                LOG.info("Live feed reads again");
            }
            if (start != null) {
                start.tryEmitEmpty();
            }
        }

        private void read(boolean dispatching) {
            for (int reads = 0; reads < MAX_READS_PER_TICK; reads++) {
                List<AuctionEventRow> rows = events.tail(top, missing.isEmpty() ? NONE : List.copyOf(missing.keySet()), BATCH);
                tailQueries.incrementAndGet();
                long now = System.nanoTime();
                for (AuctionEventRow row : rows) {
                    if (row.id() > top) {
                        for (long id = Math.max(top + 1, row.id() - MAX_MISSING); id < row.id(); id++) {
                            missing.put(id, now);
                        }
                        top = row.id();
                    } else {
                        missing.remove(row.id());
                    }
                    if (dispatching) {
                        dispatch(row);
                    }
                }
                if (rows.size() < BATCH) {
                    break;
                }
            }
            long now = System.nanoTime();
            missing.values().removeIf(since -> now - since > missingWaitNanos);
            while (missing.size() > MAX_MISSING) {
                missing.pollFirstEntry();
            }
            missingCount = missing.size();
        }
    }
}
