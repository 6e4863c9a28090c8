package org.reex.shared.db;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells, from an exception's causes, whether the database was busy or unreachable rather than the request wrong. */
public final class DatabaseFailures {

    /** MySQL/MariaDB: Lock wait timeout exceeded. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    /** MySQL/MariaDB: Deadlock found when trying to get lock. */
    private static final int DEADLOCK = 1213;

    private DatabaseFailures() {
    }

    /** A row lock was not granted in time, or a deadlock was broken: the same request may succeed shortly. */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == DEADLOCK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * No connection could be had within the pool's timeout, or the connection broke (SQLState class 08, the
     * driver's communications failure): the database is down, restarting or unreachable.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof SQLException sql && isClosedProxy(sql)) {
                return true;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP's answer for a pooled connection it has already closed behind the caller's back (evicted as broken
     * when the database went away): an SQLException with no SQLState, only this message. Seen in the fault runs as
     * the one 500 of a database kill, when the transaction began on such a connection.
     */
    private static boolean isClosedProxy(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * A connection the pool handed out turned out dead mid-request (the server restarted or the link broke), as
     * opposed to no connection to be had at all: a fresh connection may well work.
     */
    public static boolean isBrokenConnection(Throwable failure) {
        boolean broken = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return false;
            }
            if (t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof SQLException closed && isClosedProxy(closed)) {
                broken = true;
            }
        }
        return broken;
    }
}
