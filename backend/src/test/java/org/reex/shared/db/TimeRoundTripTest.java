package org.reex.shared.db;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every instant goes to the database and back exactly, to the microsecond, through the app's own pool (so with
 * the app's driver settings) and every date-time column type the schema declares.
 */
@MicronautTest(transactional = false)
class TimeRoundTripTest {

    static final List<Instant> SAMPLES = List.of(
            Instant.parse("2026-12-06T12:07:19.684641Z"),
            Instant.parse("1970-01-01T00:00:01.000001Z"),
            Instant.parse("2038-01-19T03:14:07.999999Z"),
            Instant.parse("2039-06-30T23:59:59.123456Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"));

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    DataSource dataSource;

    /** The pool itself, not the transaction-bound proxy the app's repositories use. */
    @Inject
    void pool(DataSource dataSource, io.micronaut.jdbc.DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    record TimeColumn(String table, String column, String type) {
    }

    @Test
    void theDriverSettingsTakeEffect() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
            var properties = mysql.getPropertySet();
            assertTrue(properties.getBooleanProperty(PropertyKey.forceConnectionTimeZoneToSession).getValue());
            assertTrue(properties.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue());
            assertTrue(properties.getBooleanProperty(PropertyKey.preserveInstants).getValue());
            assertEquals("UTC", properties.getStringProperty(PropertyKey.connectionTimeZone).getValue());
            assertEquals(MariaDbFractionalSeconds.class.getName(),
                    properties.getStringProperty(PropertyKey.connectionLifecycleInterceptors).getValue());
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT @@session.time_zone")) {
                rs.next();
                assertTrue(List.of("UTC", "+00:00").contains(rs.getString(1)), "session time zone " + rs.getString(1));
            }
        }
    }

    @Test
    void everyTimeColumnKeepsMicroseconds() throws SQLException {
        List<TimeColumn> columns = timeColumns();
        assertFalse(columns.isEmpty());
        List<String> failures = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            for (TimeColumn column : columns) {
                ddl.execute("CREATE TEMPORARY TABLE time_round_trip (id INT PRIMARY KEY, v " + column.type() + " NULL)");
                try {
                    for (int i = 0; i < SAMPLES.size(); i++) {
                        Instant sample = SAMPLES.get(i);
                        String where = column.table() + "." + column.column() + " (" + column.type() + ") " + sample;
                        roundTrip(connection, 2 * i, sample, true, where, failures);
                        roundTrip(connection, 2 * i + 1, sample, false, where, failures);
                    }
                } finally {
                    ddl.execute("DROP TEMPORARY TABLE time_round_trip");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Binds the instant as an {@code Instant} or as a {@code Timestamp}, then reads it back three ways. */
    private static void roundTrip(Connection connection, int id, Instant sample, boolean asInstant, String where,
                                  List<String> failures) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO time_round_trip (id, v) VALUES (?, ?)")) {
            insert.setInt(1, id);
            if (asInstant) {
                insert.setObject(2, sample);
            } else {
                insert.setTimestamp(2, Timestamp.from(sample));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            failures.add(where + " bound as " + (asInstant ? "Instant" : "Timestamp") + ": " + e.getMessage());
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT v, DATE_FORMAT(v, '%Y-%m-%d %H:%i:%s.%f') FROM time_round_trip WHERE id = ?")) {
            select.setInt(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                String bound = asInstant ? "Instant" : "Timestamp";
                String expectedText = STORED.format(LocalDateTime.ofInstant(sample, ZoneOffset.UTC));
                check(failures, where + " bound as " + bound + ", stored as UTC text", expectedText, rs.getString(2));
                check(failures, where + " bound as " + bound + ", read as Timestamp", sample, rs.getTimestamp(1).toInstant());
                check(failures, where + " bound as " + bound + ", read as LocalDateTime", sample,
                        rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC));
            }
        }
    }

    private static void check(List<String> failures, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    /** Every date-time column of the app's tables (Flyway's own history table is Flyway's business). */
    private List<TimeColumn> timeColumns() throws SQLException {
        List<TimeColumn> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT table_name, column_name, column_type FROM information_schema.columns "
                     + "WHERE table_schema = DATABASE() AND data_type IN ('timestamp', 'datetime') "
                     + "AND table_name <> 'flyway_schema_history' ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                columns.add(new TimeColumn(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return columns;
    }
}
