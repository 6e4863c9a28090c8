package org.reex.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.shared.error.TooManyRequestsException;
import org.reex.testing.Accounts;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throttle over the real database, with small limits of its own. */
@MicronautTest(startApplication = false)
@Property(name = "reex.limits.login.free-failures-per-account-and-address", value = "3")
@Property(name = "reex.limits.login.free-failures-per-address", value = "4")
@Property(name = "reex.limits.login.first-delay", value = "10m")
@Property(name = "reex.limits.login.max-delay", value = "15m")
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;

    @Test
    void anAddressIsRefusedAfterFailuresAcrossManyAccounts() {
        String address = address();
        for (int i = 0; i < 4; i++) {
            String email = Accounts.unique("spray") + "@example.com";
            assertDoesNotThrow(() -> throttle.checkAllowed(email, address));
            throttle.recordFailure(email, address);
        }

        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                () -> throttle.checkAllowed(Accounts.unique("fresh") + "@example.com", address));
        assertTrue(refused.retryAfterSeconds() > 9 * 60 && refused.retryAfterSeconds() <= 10 * 60,
                "the first delay: " + refused.retryAfterSeconds());
        assertDoesNotThrow(() -> throttle.checkAllowed(Accounts.unique("elsewhere") + "@example.com", address()));
    }

    @Test
    void anAccountsFailuresAtOneAddressLeaveItOpenFromAnother() {
        String email = Accounts.unique("targeted") + "@example.com";
        String attacker = address();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(email, attacker);
        }

        assertThrows(TooManyRequestsException.class, () -> throttle.checkAllowed(email, attacker));
        assertDoesNotThrow(() -> throttle.checkAllowed(email, address()));
    }

    @Test
    void aSuccessClearsTheAccountsFailuresAtThatAddressOnly() {
        String email = Accounts.unique("forgetful") + "@example.com";
        String home = address();
        String other = address();
        throttle.recordFailure(email, home);
        throttle.recordFailure(email, home);
        throttle.recordFailure(email, other);
        throttle.recordFailure(email, other);

        throttle.recordSuccess(email, home);
        throttle.recordFailure(email, home);
        throttle.recordFailure(email, other);

        assertDoesNotThrow(() -> throttle.checkAllowed(email, home));
        assertThrows(TooManyRequestsException.class, () -> throttle.checkAllowed(email, other));
    }

    /** A random address in 198.18.0.0/15 (benchmarking, never a real client), so runs don't meet. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
