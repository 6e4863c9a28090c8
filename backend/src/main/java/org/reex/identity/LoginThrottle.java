package org.reex.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.error.TooManyRequestsException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Slows sign-in guessing with growing delays (429 with Retry-After) counted per account at an address and per
 * address, never per account alone: failures from an attacker's address delay the attacker, not the owner signing
 * in from theirs, while spraying one password over many accounts from one address still meets the address's delays.
 * Failures live in the database, so every backend instance sees the same count. A refused attempt is not a failure
 * (its password is never checked).
 */
@Singleton
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final Duration window;
    private final LoginDelays perAccountAndAddress;
    private final LoginDelays perAddress;

    public LoginThrottle(LoginFailureRepository failures, Clock clock,
                         @Value("${reex.limits.login.window:15m}") Duration window,
                         @Value("${reex.limits.login.free-failures-per-account-and-address:5}") int freePerAccountAndAddress,
                         @Value("${reex.limits.login.free-failures-per-address:20}") int freePerAddress,
                         @Value("${reex.limits.login.first-delay:30s}") Duration firstDelay,
                         @Value("${reex.limits.login.max-delay:15m}") Duration maxDelay) {
        this.failures = failures;
        this.clock = clock;
        this.window = window;
        this.perAccountAndAddress = new LoginDelays(freePerAccountAndAddress, firstDelay, maxDelay);
        this.perAddress = new LoginDelays(freePerAddress, firstDelay, maxDelay);
    }

    @Transactional
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(pairKey(email, address), perAccountAndAddress, now),
                waitFor(addressKey(address), perAddress, now));
        if (!wait.isZero()) {
            long seconds = (wait.toMillis() + 999) / 1000;
            throw new TooManyRequestsException("Too many failed sign-in attempts. Try again later.", seconds);
        }
    }

    @Transactional
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        failures.save(new LoginFailure(null, pairKey(email, address), now));
        failures.save(new LoginFailure(null, addressKey(address), now));
        failures.deleteByFailedAtLessThan(now.minus(window));
    }

    /**
     * Forgets the account's failures at this address only. The address's own count stays: else an attacker could
     * reset it by signing in to an account of their own between guesses.
     */
    @Transactional
    public void recordSuccess(String email, String address) {
        failures.deleteBySubject(pairKey(email, address));
    }

    private Duration waitFor(String subject, LoginDelays delays, Instant now) {
        Instant since = now.minus(window);
        long count = failures.countBySubjectAndFailedAtGreaterThan(subject, since);
        Duration delay = delays.after(count);
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        Instant latest = failures.findLatestFailedAt(subject, since).orElse(now);
        Duration left = Duration.between(now, latest.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Hashed: an email of 254 characters and an IPv6 address don't fit the subject column side by side. */
    private static String pairKey(String email, String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((email + "\n" + address).getBytes(StandardCharsets.UTF_8));
            return "account-at-ip:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
