package org.reex.auction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuctionEventRepository extends GenericRepository<Bid, Long> {

    @Query("INSERT INTO auction_event (lot_id, sequence, type, payload, occurred_at) "
            + "VALUES (:lotId, :sequence, :type, :payload, :occurredAt)")
    void insert(long lotId, long sequence, String type, String payload, Instant occurredAt);

    @Query("SELECT lot_id, sequence, type, payload, occurred_at FROM auction_event WHERE lot_id = :lotId "
            + "AND sequence > :afterSequence ORDER BY sequence LIMIT 500")
    List<AuctionEventRow> after(long lotId, long afterSequence);
}
