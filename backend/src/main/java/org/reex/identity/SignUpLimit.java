package org.reex.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.shared.limits.KeyedBuckets;

import java.time.Duration;

/** Sign-ups per client address (429 with Retry-After past them), counted in memory on each instance. */
@Singleton
public class SignUpLimit {

    private final KeyedBuckets perAddress;

    public SignUpLimit(@Value("${reex.limits.sign-ups.per-address:20}") int perAddress,
                       @Value("${reex.limits.sign-ups.period:1h}") Duration period,
                       @Value("${reex.limits.max-keys:100000}") long maxKeys) {
        this.perAddress = new KeyedBuckets(perAddress, period, maxKeys);
    }

    public void take(String address) {
        perAddress.take(address, "Too many sign-ups from this address. Try again later.");
    }
}
