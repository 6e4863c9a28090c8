package org.reex.auction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BidRepository extends CrudRepository<Bid, Long> {

    @Query("SELECT * FROM bid WHERE lot_id = :lotId ORDER BY id DESC")
    List<Bid> history(long lotId);

    @Query("SELECT DISTINCT bidder_organization_id FROM bid WHERE lot_id = :lotId")
    List<Long> bidders(long lotId);

    /** The bidder's effective maximum: the highest of its maximums, or of its amounts where it gave none. */
    @Query("SELECT MAX(COALESCE(max_amount, amount)) FROM bid WHERE lot_id = :lotId AND bidder_organization_id = :organizationId")
    java.util.Optional<java.math.BigDecimal> highestMax(long lotId, long organizationId);
}
