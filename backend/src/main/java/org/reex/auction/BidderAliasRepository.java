package org.reex.auction;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** "Bidder 1, 2, ..." per lot, in the order of each organization's first bid. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface BidderAliasRepository extends GenericRepository<Bid, Long> {

    @Introspected
    record Alias(long organizationId, int aliasNumber) {
    }

    @Query("SELECT alias_number FROM bidder_alias WHERE lot_id = :lotId AND organization_id = :organizationId")
    Optional<Integer> find(long lotId, long organizationId);

    @Query("SELECT COUNT(*) FROM bidder_alias WHERE lot_id = :lotId")
    int count(long lotId);

    @Query("INSERT INTO bidder_alias (lot_id, organization_id, alias_number) VALUES (:lotId, :organizationId, :aliasNumber)")
    void insert(long lotId, long organizationId, int aliasNumber);

    @Query("SELECT organization_id, alias_number FROM bidder_alias WHERE lot_id = :lotId")
    List<Alias> all(long lotId);
}
