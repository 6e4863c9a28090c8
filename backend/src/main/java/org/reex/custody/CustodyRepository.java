package org.reex.custody;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only: saves and reads, nothing that updates or deletes an event. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CustodyRepository extends GenericRepository<CustodyEntry, Long> {

    CustodyEntry save(CustodyEntry entry);

    @Query("SELECT * FROM custody_event WHERE lot_id = :lotId ORDER BY sequence, id")
    List<CustodyEntry> chain(long lotId);
}
