package org.reex.shared.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.reex.shared.error.TooManyRequestsException;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A rate limit per key (a client address, a user): a Bucket4j token bucket of {@code capacity} refilled over
 * {@code period} for each key, held in this process's memory only and forgotten once idle for a period (Caffeine,
 * at most {@code maxKeys} at once). With N instances a key may get up to N times the limit, and a restart forgets
 * the counts: fine for limits that only have to stop floods.
 */
public final class KeyedBuckets {

    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;

    public KeyedBuckets(int capacity, Duration period, long maxKeys) {
        this.bandwidth = greedy(capacity, period);
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys)
                .expireAfterAccess(period.toNanos(), TimeUnit.NANOSECONDS).build();
    }

    /** Takes one token for the key, or throws 429 with {@code detail} and the seconds until the next one. */
    public void take(String key, String detail) {
        take(buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).build()), detail);
    }

    /** Takes one token from a bucket of its own (e.g. one for all keys together), or throws 429. */
    public static void take(Bucket bucket, String detail) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
            throw new TooManyRequestsException(detail, seconds);
        }
    }

    /** {@code capacity} tokens, refilled a little at a time over {@code period}. */
    public static Bandwidth greedy(int capacity, Duration period) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    }
}
