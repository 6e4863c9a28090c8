package org.reex.shared.db;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.jdbc.interceptors.ConnectionLifecycleInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.ServerSession;
import com.mysql.cj.protocol.a.NativeCapabilities;
import com.mysql.cj.protocol.a.NativePacketPayload;

import java.sql.Savepoint;
import java.util.Properties;

/**
 * Turns fractional seconds back on for MariaDB in MySQL Connector/J.
 * <p>
 * MariaDB greets clients with {@code 5.5.5-10.11.x-MariaDB} (the prefix keeps old replication clients happy).
 * Connector/J parses that as MySQL 5.5.5 and, since MySQL only stores fractions from 5.6.4, decides once per
 * connection ({@code NativeCapabilities.serverSupportsFracSecs()}) to cut the fraction off every
 * {@code Timestamp}/{@code Instant}/{@code LocalDateTime} it sends: a close at {@code 12:07:19.684641} was stored
 * as {@code 12:07:19}. There is no connection property for it ({@code sendFractionalSeconds} is only consulted
 * after that check). MariaDB has stored microseconds since 5.3, so on MariaDB this hook swaps in capabilities that
 * say so; the value encoders read the capabilities on every bind. On MySQL it does nothing.
 * <p>
 * Registered through the Connector/J property {@code connectionLifecycleInterceptors}, which runs {@link #init}
 * on every new physical connection, right after the handshake and before any statement.
 */
public class MariaDbFractionalSeconds implements ConnectionLifecycleInterceptor {

    @Override
    public ConnectionLifecycleInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        ServerSession server = connection.getSession().getServerSession();
        if (server.getCapabilities() instanceof NativeCapabilities capabilities
                && !capabilities.serverSupportsFracSecs()
                && capabilities.getServerVersion().toString().contains("MariaDB")) {
            server.setCapabilities(new WithFractions(capabilities));
        }
        return this;
    }

    /** The same handshake, read again, with fractional seconds supported. */
    static final class WithFractions extends NativeCapabilities {

        WithFractions(NativeCapabilities original) {
            super(rewound(original.getInitialHandshakePacket()));
            setCapabilityFlags(original.getCapabilityFlags());
            setThreadId(original.getThreadId());
        }

        private static NativePacketPayload rewound(NativePacketPayload handshake) {
            handshake.setPosition(0);
            return handshake;
        }

        @Override
        public boolean serverSupportsFracSecs() {
            return true;
        }
    }

    @Override
    public void close() {
    }

    @Override
    public boolean commit() {
        return true;
    }

    @Override
    public boolean rollback() {
        return true;
    }

    @Override
    public boolean rollback(Savepoint savepoint) {
        return true;
    }

    @Override
    public boolean setAutoCommit(boolean flag) {
        return true;
    }

    @Override
    public boolean setDatabase(String catalog) {
        return true;
    }

    @Override
    public boolean transactionBegun() {
        return true;
    }

    @Override
    public boolean transactionCompleted() {
        return true;
    }

    @Override
    public void destroy() {
    }
}
