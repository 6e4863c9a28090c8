package org.reex.tip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TipRepository extends CrudRepository<Tip, Long> {

    Optional<Tip> findByReceiptCode(String receiptCode);

    /** The tip, locked until the transaction ends, so that steps on one tip happen one at a time. */
    @Query("SELECT * FROM tip WHERE id = :id FOR UPDATE")
    Optional<Tip> findByIdForUpdate(long id);

    @Query("SELECT * FROM tip WHERE id < :beforeId AND (:status IS NULL OR status = :status) ORDER BY id DESC LIMIT :limit")
    List<Tip> page(@Nullable String status, long beforeId, int limit);

    /**
     * Moves the tip from {@code from} to {@code to}; 0 when it is no longer in {@code from}. The UPDATE reads the
     * latest committed row under its lock, so of several requests for the same step at once exactly one moves it.
     */
    @Query("UPDATE tip SET status = :to, updated_at = :at WHERE id = :id AND status = :from")
    int move(long id, String from, String to, Instant at);
}
