package org.reex.auction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuctionRepository extends CrudRepository<Auction, Long> {

    List<Auction> findByLotIdIn(java.util.Collection<Long> lotIds);

    @Query("SELECT * FROM auction WHERE lot_id = :lotId FOR UPDATE")
    Optional<Auction> findByIdForUpdate(long lotId);

    /** The database's clock: the one judge of whether a bid came before the close, whichever instance took it. */
    @Query("SELECT UTC_TIMESTAMP(6)")
    Instant databaseNow();

    /** The open auction due longest, locked, other than those given (never empty: 0 stands for none); or none. */
    @Query("SELECT lot_id FROM auction WHERE status = 'OPEN' AND closes_at <= UTC_TIMESTAMP(6) "
            + "AND lot_id NOT IN (:except) ORDER BY closes_at LIMIT 1 FOR UPDATE SKIP LOCKED")
    List<Long> lockDueForClosing(java.util.Collection<Long> except);

    /** Open auctions whose close falls in (from, until], soonest first. */
    @Query("SELECT * FROM auction WHERE status = 'OPEN' AND closes_at > :from AND closes_at <= :until "
            + "ORDER BY closes_at, lot_id LIMIT :limit")
    List<Auction> closingBetween(Instant from, Instant until, int limit);
}
