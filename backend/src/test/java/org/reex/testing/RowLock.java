package org.reex.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Holds a row lock from a connection of the test's own, outside the app, the way a stuck transaction or a slow
 * administrator would; closing it rolls back and releases the row.
 */
public final class RowLock implements AutoCloseable {

    private final Connection connection;

    private RowLock(Connection connection) {
        this.connection = connection;
    }

    /** Locks the lot's auction row as bids, cancelling and closing do. */
    public static RowLock auction(long lotId) throws SQLException {
        Connection connection = DriverManager.getConnection(System.getProperty("datasources.default.url"),
                System.getProperty("datasources.default.username"), System.getProperty("datasources.default.password"));
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT lot_id FROM auction WHERE lot_id = ? FOR UPDATE")) {
            lock.setLong(1, lotId);
            lock.executeQuery().close();
        }
        return new RowLock(connection);
    }

    /** Waits until at least n transactions on the test's database wait for a lock, or the deadline passes. */
    public void awaitWaiters(int n, Instant deadline) {
        try (Statement statement = connection.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.innodb_trx t JOIN information_schema.processlist p "
                                + "ON p.id = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()")) {
                    rs.next();
                    if (rs.getInt(1) >= n) {
                        return;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
