package org.reex.shared.db;

import io.micronaut.data.connection.exceptions.ConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are the database's (503, and for a dead pooled connection a retry) rather than a bug (500). */
class DatabaseFailuresTest {

    /** What the fault run's database kill produced once: HikariCP's closed proxy, under Micronaut's wrapper. */
    private static RuntimeException closedProxy() {
        return new ConnectionException("Could not set JDBC Connection [HikariProxyConnection@1 wrapping "
                + "com.zaxxer.hikari.pool.ProxyConnection.ClosedConnection] read-only: Connection is closed",
                new SQLException("Connection is closed"));
    }

    @Test
    void aConnectionThePoolClosedIsBrokenAndTheDatabaseUnavailable() {
        assertTrue(DatabaseFailures.isUnavailable(closedProxy()));
        assertTrue(DatabaseFailures.isBrokenConnection(closedProxy()), "a fresh connection may work: retry");
    }

    @Test
    void noConnectionToBeHadIsUnavailableButNotWorthARetryOnTheSpot() {
        RuntimeException timeout = new ConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms."));
        assertTrue(DatabaseFailures.isUnavailable(timeout));
        assertFalse(DatabaseFailures.isBrokenConnection(timeout));
    }

    @Test
    void otherSqlErrorsStayBugs() {
        RuntimeException syntax = new RuntimeException(new SQLException("You have an error in your SQL syntax", "42000", 1064));
        assertFalse(DatabaseFailures.isUnavailable(syntax));
        assertFalse(DatabaseFailures.isBrokenConnection(syntax));
        RuntimeException closedWithState = new RuntimeException(new SQLException("Connection is closed", "HY000"));
        assertFalse(DatabaseFailures.isUnavailable(closedWithState), "only the pool's own stateless message counts");
    }
}
