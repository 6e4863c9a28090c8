package org.reex.auction;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.shared.limits.KeyedBuckets;

import java.time.Duration;

/**
 * Bid requests per user (429 with Retry-After past them), counted in memory on each instance. Generous for a person
 * in a closing minute, and it stops a script from filling the bid history; retries of one idempotency key count too.
 */
@Singleton
public class BidLimit {

    private final KeyedBuckets perUser;

    public BidLimit(@Value("${reex.limits.bids.per-user:60}") int perUser,
                    @Value("${reex.limits.bids.period:1m}") Duration period,
                    @Value("${reex.limits.max-keys:100000}") long maxKeys) {
        this.perUser = new KeyedBuckets(perUser, period, maxKeys);
    }

    public void take(long userId) {
        perUser.take(Long.toString(userId), "Too many bids from this user. Try again later.");
    }
}
