package org.reex.tip;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.shared.error.TooManyRequestsException;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The tip line's abuse limits, token buckets (Bucket4j) held in this process's memory only: the tip line promises
 * that no address is stored, so unlike the sign-in throttle (which shares failures through the database) these
 * counts are per instance and vanish with it. Addresses are forgotten once idle for a period (Caffeine), and at most
 * {@code max-addresses} are held at once. Besides the per-address limits, one bucket caps all filings of the
 * instance together, since addresses are cheap to change.
 */
@Singleton
public class TipRateLimits {

    private final Bandwidth filingsPerAddress;
    private final Bandwidth lookupsPerAddress;
    private final Bucket allFilings;
    private final Cache<String, Bucket> filingBuckets;
    private final Cache<String, Bucket> lookupBuckets;

    public TipRateLimits(@Value("${reex.tips.filings-per-address:5}") int filingsPerAddress,
                         @Value("${reex.tips.filing-period:1h}") Duration filingPeriod,
                         @Value("${reex.tips.filings-per-instance:500}") int filingsPerInstance,
                         @Value("${reex.tips.lookups-per-address:60}") int lookupsPerAddress,
                         @Value("${reex.tips.lookup-period:1m}") Duration lookupPeriod,
                         @Value("${reex.tips.max-addresses:100000}") long maxAddresses) {
        this.filingsPerAddress = greedy(filingsPerAddress, filingPeriod);
        this.lookupsPerAddress = greedy(lookupsPerAddress, lookupPeriod);
        this.allFilings = Bucket.builder().addLimit(greedy(filingsPerInstance, filingPeriod)).build();
        this.filingBuckets = Caffeine.newBuilder().maximumSize(maxAddresses)
                .expireAfterAccess(filingPeriod.toNanos(), TimeUnit.NANOSECONDS).build();
        this.lookupBuckets = Caffeine.newBuilder().maximumSize(maxAddresses)
                .expireAfterAccess(lookupPeriod.toNanos(), TimeUnit.NANOSECONDS).build();
    }

    /** Takes one filing for the address, or throws 429 with the seconds until the next one is allowed. */
    public void takeFiling(String address) {
        take(filingBuckets.get(address, key -> Bucket.builder().addLimit(filingsPerAddress).build()),
                "Too many tips from this address. Try again later.");
        take(allFilings, "The tip line is receiving too many tips right now. Try again later.");
    }

    /** Takes one status lookup for the address, or throws 429. */
    public void takeLookup(String address) {
        take(lookupBuckets.get(address, key -> Bucket.builder().addLimit(lookupsPerAddress).build()),
                "Too many status lookups from this address. Try again later.");
    }

    private static void take(Bucket bucket, String detail) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
            throw new TooManyRequestsException(detail, seconds);
        }
    }

    private static Bandwidth greedy(int capacity, Duration period) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    }
}
