package org.reex.shared.db;

import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.exceptions.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Statements that carry documents (up to 10 MiB) to the database.
 * <p>
 * The app's statements are prepared on the client: Connector/J writes their parameters into the SQL text, and with
 * a multibyte connection charset it writes a {@code byte[]} as hex, so a 10 MiB document became a 20 MiB statement,
 * over MariaDB's default {@code max_allowed_packet} of 16 MiB ("Packet for query is too large"). These statements are
 * prepared on the server instead, and their parameters travel in the binary protocol as they are: 10 MiB stays
 * 10 MiB. (Not for every statement: a server-side statement sends an {@code Instant} as a MySQL TIMESTAMP value,
 * which MariaDB turns into NULL after 2038; so instants here go as {@link LocalDateTime} in UTC, a DATETIME.)
 */
public final class LargeValues {

    private LargeValues() {
    }

    public static PreparedStatement prepare(Connection connection, String sql, boolean generatedKeys) {
        try {
            return connection.unwrap(JdbcConnection.class)
                    .serverPrepareStatement(sql, generatedKeys ? Statement.RETURN_GENERATED_KEYS : Statement.NO_GENERATED_KEYS);
        } catch (SQLException e) {
            throw new DataAccessException("could not prepare " + sql + ": " + e.getMessage(), e);
        }
    }

    /** An instant for a DATETIME(6) column, as the UTC wall-clock time it holds. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
