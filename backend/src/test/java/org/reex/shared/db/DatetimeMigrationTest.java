package org.reex.shared.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V010 moves the instants of V001-V006 from TIMESTAMP(6) to DATETIME(6) without moving any of them, even when the
 * migrating session starts in another time zone; afterwards the schema has no TIMESTAMP column left.
 */
class DatetimeMigrationTest {

    private final String server = serverUrl();
    private final String user = env("REEX_DB_USER", "root");
    private final String password = env("REEX_DB_PASSWORD", "");
    private String database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = "reex_v010_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        execute(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute(server, "DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void instantsKeepTheirExactValueAcrossTheMigration() throws SQLException {
        // A session five and a half hours east of UTC, as a carelessly configured migration run might have.
        flyway("+05:30", "6").migrate();
        try (Connection c = DriverManager.getConnection(server + database, user, password); Statement s = c.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
            s.execute("INSERT INTO organization (name, type, region, latitude, longitude, created_at) "
                    + "VALUES ('Before V010', 'RECYCLER', 'Ganzhou', 25.8, 114.9, '2026-12-06 12:07:19.684641')");
            s.execute("INSERT INTO login_failure (subject, failed_at) VALUES ('email:a', '1970-01-01 00:00:01.000001'), "
                    + "('email:b', '2038-01-19 03:14:07.999999')");
        }

        flyway("+05:30", null).migrate();

        try (Connection c = DriverManager.getConnection(server + database, user, password); Statement s = c.createStatement()) {
            s.execute("SET time_zone = '+09:00'");
            assertEquals(List.of("2026-12-06 12:07:19.684641"),
                    strings(s, "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM organization WHERE name = 'Before V010'"),
                    "DATETIME holds UTC and ignores the session's zone");
            assertEquals(List.of("1970-01-01 00:00:01.000001", "2038-01-19 03:14:07.999999"),
                    strings(s, "SELECT DATE_FORMAT(failed_at, '%Y-%m-%d %H:%i:%s.%f') FROM login_failure ORDER BY subject"));
            assertEquals(List.of(), strings(s, "SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() AND data_type = 'timestamp' AND table_name <> 'flyway_schema_history'"),
                    "no TIMESTAMP column is left");
            assertEquals(List.of(), strings(s, "SELECT CONCAT(table_name, '.', column_name, ' ', column_type) "
                    + "FROM information_schema.columns WHERE table_schema = DATABASE() AND data_type = 'datetime' "
                    + "AND column_type <> 'datetime(6)'"), "every instant keeps microseconds");
        }
    }

    /** Flyway on connections whose session starts in the given time zone. */
    private Flyway flyway(String timeZone, String target) {
        String url = server + database;
        javax.sql.DataSource sessions = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        Connection c = DriverManager.getConnection(url, user, password);
                        try (Statement s = c.createStatement()) {
                            s.execute("SET time_zone = '" + timeZone + "'");
                        }
                        return c;
                    }
                    return switch (method.getName()) {
                        case "getLoginTimeout" -> 0;
                        case "isWrapperFor" -> false;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "sessions at " + timeZone;
                        default -> null;
                    };
                });
        var configuration = Flyway.configure().dataSource(sessions).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String serverUrl() {
        String url = env("REEX_TEST_DB_SERVER", "jdbc:mysql://127.0.0.1:3306/");
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.endsWith("/") ? base : base + "/";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
