package org.reex.auction;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.shared.error.RetryLaterException;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most a few bid transactions per lot at a time on this instance. Bids on one lot are serial anyway (one row
 * lock, ADR 006), so more would only hold pooled connections while they queue for the lock: one hot or stuck lot
 * would empty the pool and starve every other lot, the closer and {@code /health}. Others wait here, without a
 * connection, up to the same bound as a lock wait, then hear 503 with {@code Retry-After}.
 */
@Singleton
public class BidGate {

    private final int perLot;
    private final Duration maxWait;
    private final ConcurrentHashMap<Long, Entry> lots = new ConcurrentHashMap<>();

    public BidGate(@Value("${reex.auctions.bid-transactions-per-lot:4}") int perLot,
                   @Value("${reex.auctions.bid-gate-wait:3s}") Duration maxWait) {
        this.perLot = perLot;
        this.maxWait = maxWait;
    }

    /** A permit for one bid transaction on the lot; close it when the transaction has ended. */
    public Permit enter(long lotId) {
        Entry entry = lots.compute(lotId, (id, existing) -> {
            Entry e = existing == null ? new Entry(new Semaphore(perLot, true)) : existing;
            e.users++;
            return e;
        });
        boolean acquired = false;
        try {
            acquired = entry.permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!acquired) {
                leave(lotId);
            }
        }
        if (!acquired) {
            throw RetryLaterException.unavailable("This lot is taking more bids than it can decide right now; try again.", 1);
        }
        return () -> {
            entry.permits.release();
            leave(lotId);
        };
    }

    private void leave(long lotId) {
        lots.computeIfPresent(lotId, (id, e) -> --e.users == 0 ? null : e);
    }

    /** Lots with bids in flight or waiting here (for tests). */
    int lotsInFlight() {
        return lots.size();
    }

    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Entry {
        final Semaphore permits;
        int users;

        Entry(Semaphore permits) {
            this.permits = permits;
        }
    }
}
