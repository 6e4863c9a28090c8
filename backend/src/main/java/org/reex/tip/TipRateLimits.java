package org.reex.tip;

import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.shared.limits.KeyedBuckets;

import java.time.Duration;

/**
 * The tip line's abuse limits, token buckets held in this process's memory only (shared/limits/KeyedBuckets): the
 * tip line promises that no address is stored, so unlike the sign-in throttle (which shares failures through the
 * database) these counts are per instance and vanish with it. Besides the per-address limits, one bucket caps all
 * filings of the instance together, since addresses are cheap to change.
 */
@Singleton
public class TipRateLimits {

    private final KeyedBuckets filings;
    private final KeyedBuckets lookups;
    private final Bucket allFilings;

    public TipRateLimits(@Value("${reex.tips.filings-per-address:5}") int filingsPerAddress,
                         @Value("${reex.tips.filing-period:1h}") Duration filingPeriod,
                         @Value("${reex.tips.filings-per-instance:500}") int filingsPerInstance,
                         @Value("${reex.tips.lookups-per-address:60}") int lookupsPerAddress,
                         @Value("${reex.tips.lookup-period:1m}") Duration lookupPeriod,
                         @Value("${reex.tips.max-addresses:100000}") long maxAddresses) {
        this.filings = new KeyedBuckets(filingsPerAddress, filingPeriod, maxAddresses);
        this.lookups = new KeyedBuckets(lookupsPerAddress, lookupPeriod, maxAddresses);
        this.allFilings = Bucket.builder().addLimit(KeyedBuckets.greedy(filingsPerInstance, filingPeriod)).build();
    }

    /** Takes one filing for the address, or throws 429 with the seconds until the next one is allowed. */
    public void takeFiling(String address) {
        filings.take(address, "Too many tips from this address. Try again later.");
        KeyedBuckets.take(allFilings, "The tip line is receiving too many tips right now. Try again later.");
    }

    /** Takes one status lookup for the address, or throws 429. */
    public void takeLookup(String address) {
        lookups.take(address, "Too many status lookups from this address. Try again later.");
    }
}
