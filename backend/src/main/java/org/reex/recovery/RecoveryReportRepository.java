package org.reex.recovery;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RecoveryReportRepository extends GenericRepository<RecoveryReport, Long> {

    RecoveryReport save(RecoveryReport report);

    Optional<RecoveryReport> findByLotId(long lotId);

    boolean existsByLotId(long lotId);
}
