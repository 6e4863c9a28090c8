package org.reex.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.error.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refuses logins (429) for an account or a client address after too many recent failures.
 * Failures live in the database, so every backend instance sees the same count.
 */
@Singleton
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final Duration window;
    private final int maxPerAccount;
    private final int maxPerAddress;

    public LoginThrottle(LoginFailureRepository failures, Clock clock,
                         @Value("${reex.security.login-throttle.window:15m}") Duration window,
                         @Value("${reex.security.login-throttle.max-failures-per-account:5}") int maxPerAccount,
                         @Value("${reex.security.login-throttle.max-failures-per-address:30}") int maxPerAddress) {
        this.failures = failures;
        this.clock = clock;
        this.window = window;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
    }

    @Transactional
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        refuseIfOver(accountKey(email), maxPerAccount, since, now);
        refuseIfOver(addressKey(address), maxPerAddress, since, now);
    }

    @Transactional
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        failures.save(new LoginFailure(null, accountKey(email), now));
        failures.save(new LoginFailure(null, addressKey(address), now));
        failures.deleteByFailedAtLessThan(now.minus(window));
    }

    @Transactional
    public void recordSuccess(String email) {
        failures.deleteBySubject(accountKey(email));
    }

    private void refuseIfOver(String subject, int max, Instant since, Instant now) {
        if (failures.countBySubjectAndFailedAtGreaterThan(subject, since) < max) {
            return;
        }
        Instant oldest = failures.findOldestFailedAt(subject, since).orElse(now);
        long retryAfter = Duration.between(now, oldest.plus(window)).toSeconds() + 1;
        throw new TooManyRequestsException("Too many failed sign-in attempts. Try again later.", retryAfter);
    }

    private static String accountKey(String email) {
        return "email:" + email;
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
