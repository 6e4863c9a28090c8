package org.reex.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar, started as its own process on the test's database, as a second instance behind a load balancer
 * would be; stopped (and waited for) on close. For integration tests (failsafe sets {@code reex.app.jar}).
 */
public record SecondProcess(Process process, Http http) implements AutoCloseable {

    public static SecondProcess start(Http first) throws Exception {
        return start(first, Map.of());
    }

    /** Starts it with extra environment variables. */
    public static SecondProcess start(Http first, Map<String, String> extraEnv) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of(System.getProperty("reex.app.jar")).resolveSibling("second-process.log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-jar", System.getProperty("reex.app.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("REEX_DB_URL", System.getProperty("datasources.default.url"));
        env.put("REEX_DB_USER", System.getProperty("datasources.default.username"));
        env.put("REEX_DB_PASSWORD", System.getProperty("datasources.default.password"));
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.put("REEX_BCRYPT_COST", "4");
        env.put("REEX_DEMO_DATA", "false");
        env.putAll(extraEnv);
        Process process = builder.start();
        Http http = new Http("http://127.0.0.1:" + port, first.json());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            assertTrue(process.isAlive(), "the second process exited; see " + log);
            try {
                if (http.get("/health", null).status() == 200) {
                    return new SecondProcess(process, http);
                }
            } catch (java.io.UncheckedIOException notYet) {
                // not listening yet
            }
            assertTrue(Instant.now().isBefore(deadline), "the second process did not come up; see " + log);
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
