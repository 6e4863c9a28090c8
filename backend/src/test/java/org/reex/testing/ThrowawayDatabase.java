package org.reex.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives each test run a database of its own on the real MySQL-compatible server named by
 * {@code REEX_TEST_DB_SERVER} (a JDBC URL without a database; default the local server on 3306),
 * and drops it when the run ends. Never touches the database that {@code make run} uses.
 */
public class ThrowawayDatabase implements LauncherSessionListener {

    private static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/";

    private String server;
    private String name;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        server = withTrailingSlash(env("REEX_TEST_DB_SERVER", DEFAULT_SERVER));
        name = "reex_test_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        System.setProperty("datasources.default.url", server + name);
        System.setProperty("datasources.default.username", user());
        System.setProperty("datasources.default.password", password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need a MySQL-compatible server at " + server
                    + " (set REEX_TEST_DB_SERVER, REEX_DB_USER, REEX_DB_PASSWORD; `make db` starts one): " + e.getMessage(), e);
        }
    }

    private static String user() {
        return env("REEX_DB_USER", "root");
    }

    private static String password() {
        return env("REEX_DB_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String withTrailingSlash(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.endsWith("/") ? base : base + "/";
    }
}
