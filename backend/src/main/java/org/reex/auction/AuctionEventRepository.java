package org.reex.auction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuctionEventRepository extends GenericRepository<Bid, Long> {

    @Query("INSERT INTO auction_event (lot_id, sequence, type, payload, occurred_at) "
            + "VALUES (:lotId, :sequence, :type, :payload, :occurredAt)")
    void insert(long lotId, long sequence, String type, String payload, Instant occurredAt);

    /** One lot's events after a sequence: a stream's catch-up on (re)connect. */
    @Query("SELECT id, lot_id, sequence, type, payload, occurred_at FROM auction_event WHERE lot_id = :lotId "
            + "AND sequence > :afterSequence ORDER BY sequence LIMIT :limit")
    List<AuctionEventRow> after(long lotId, long afterSequence, int limit);

    /**
     * Every lot's events above an id, and those of the given ids below it that were not committed at the last read
     * (see {@link LiveFeed}); in id order. {@code missing} is never empty: 0 stands for none (ids start at 1).
     */
    @Query("SELECT id, lot_id, sequence, type, payload, occurred_at FROM auction_event "
            + "WHERE id > :above OR id IN (:missing) ORDER BY id LIMIT :limit")
    List<AuctionEventRow> tail(long above, Collection<Long> missing, int limit);

    @Query("SELECT COALESCE(MAX(id), 0) FROM auction_event")
    long maxId();
}
