package org.reex.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.shared.error.TooManyRequestsException;
import org.reex.testing.Accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throttle over the real database, with small limits of its own. */
@MicronautTest(startApplication = false)
@Property(name = "reex.security.login-throttle.max-failures-per-account", value = "3")
@Property(name = "reex.security.login-throttle.max-failures-per-address", value = "4")
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;

    @Test
    void anAddressIsRefusedAfterFailuresAcrossManyAccounts() {
        String address = "198.51.100." + (int) (Math.random() * 250);
        for (int i = 0; i < 4; i++) {
            String email = Accounts.unique("spray") + "@example.com";
            assertDoesNotThrow(() -> throttle.checkAllowed(email, address));
            throttle.recordFailure(email, address);
        }

        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                () -> throttle.checkAllowed(Accounts.unique("fresh") + "@example.com", address));
        assertTrue(refused.retryAfterSeconds() > 0);
        assertDoesNotThrow(() -> throttle.checkAllowed(Accounts.unique("elsewhere") + "@example.com", "203.0.113.7"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        String email = Accounts.unique("forgetful") + "@example.com";
        String address = "192.0.2." + (int) (Math.random() * 250);
        throttle.recordFailure(email, address);
        throttle.recordFailure(email, address);

        throttle.recordSuccess(email);
        throttle.recordFailure(email, address);
        throttle.recordFailure(email, address);

        assertDoesNotThrow(() -> throttle.checkAllowed(email, "192.0.2.254"));
        throttle.recordFailure(email, address);
        assertThrows(TooManyRequestsException.class, () -> throttle.checkAllowed(email, "192.0.2.253"));
    }
}
