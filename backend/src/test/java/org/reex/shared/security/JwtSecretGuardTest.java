package org.reex.shared.security;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtSecretGuardTest {

    @Test
    void aProductionRunWithTheDefaultSecretRefusesToStartAndSaysWhy() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run("prod").close());

        assertTrue(messages(failure).contains("REEX_JWT_SECRET is not set"), messages(failure));
    }

    @Test
    void shortAndBlankSecretsAreRefusedAndALongOneIsAccepted() {
        assertThrows(IllegalStateException.class, () -> JwtSecretGuard.check(""));
        assertThrows(IllegalStateException.class, () -> JwtSecretGuard.check("too-short"));
        assertThrows(IllegalStateException.class, () -> JwtSecretGuard.check(JwtSecretGuard.LOCAL_DEFAULT_SECRET));
        assertDoesNotThrow(() -> JwtSecretGuard.check("a-production-secret-of-at-least-32-characters"));
    }

    private static String messages(Throwable throwable) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
