package org.reex.recovery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RecoveryLineRepository extends GenericRepository<RecoveryLineRow, Long> {

    List<RecoveryLineRow> saveAll(Iterable<RecoveryLineRow> lines);

    @Query("SELECT * FROM recovery_line WHERE report_id = :reportId ORDER BY id")
    List<RecoveryLineRow> forReport(long reportId);
}
