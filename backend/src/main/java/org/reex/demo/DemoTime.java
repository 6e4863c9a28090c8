package org.reex.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Sends the demo loader back in time: this thread's application clock ({@link DemoClock}) and its database session's
 * clock ({@code SET timestamp}, which moves {@code UTC_TIMESTAMP()} and {@code NOW()} for that session only, on MySQL
 * and MariaDB alike), so that history made through the real services (auctions judged by the database's clock,
 * custody and reports by the application's) is consistent. Always {@link #backToNow()} in a finally block: the
 * connection goes back to the pool.
 */
@Singleton
@Requires(property = "reex.demo-data", value = "true")
class DemoTime {

    private final DemoClock clock;
    private final JdbcOperations jdbc;

    DemoTime(DemoClock clock, JdbcOperations jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void travelTo(Instant at) {
        clock.travelTo(at);
        BigDecimal epoch = BigDecimal.valueOf(at.getEpochSecond()).add(BigDecimal.valueOf(at.getNano(), 9)).setScale(6,
                java.math.RoundingMode.DOWN);
        jdbc.prepareStatement("SET timestamp = " + epoch.toPlainString(), statement -> statement.execute());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void backToNow() {
        clock.backToNow();
        jdbc.prepareStatement("SET timestamp = DEFAULT", statement -> statement.execute());
    }
}
