package org.reex.auction;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A lot's live events for one browser, read from the event log that every instance writes: whichever instance took
 * a bid, every instance's subscribers see it on their next read. Starts after the sequence the browser last saw
 * (Last-Event-ID), so a reconnect misses nothing, and ends after the close.
 */
@Singleton
public class LiveFeed {

    private final AuctionEventRepository events;
    private final AuctionRepository auctions;
    private final Duration pollInterval;

    public LiveFeed(AuctionEventRepository events, AuctionRepository auctions,
                    @Value("${reex.auctions.live-poll-interval:250ms}") Duration pollInterval) {
        this.events = events;
        this.auctions = auctions;
        this.pollInterval = pollInterval;
    }

    public boolean exists(long lotId) {
        return auctions.existsById(lotId);
    }

    public Flux<AuctionEventRow> follow(long lotId, long afterSequence) {
        AtomicLong last = new AtomicLong(afterSequence);
        return Flux.interval(Duration.ZERO, pollInterval)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(() -> events.after(lotId, last.get()))
                        .subscribeOn(Schedulers.boundedElastic()), 1)
                .flatMapIterable(rows -> rows)
                .doOnNext(row -> last.set(row.sequence()))
                .takeUntil(row -> row.type().equals("closed"));
    }
}
