package org.reex.auction;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The first answer to each bidding organization's idempotency key. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface BidRequestRepository extends GenericRepository<Bid, Long> {

    @Introspected
    record StoredAnswer(String requestHash, int responseStatus, String responseBody) {
    }

    @Query("SELECT request_hash, response_status, response_body FROM bid_request "
            + "WHERE organization_id = :organizationId AND idempotency_key = :idempotencyKey")
    Optional<StoredAnswer> find(long organizationId, String idempotencyKey);

    @Query("INSERT INTO bid_request (organization_id, idempotency_key, request_hash, response_status, response_body) "
            + "VALUES (:organizationId, :idempotencyKey, :requestHash, :responseStatus, :responseBody)")
    void insert(long organizationId, String idempotencyKey, String requestHash, int responseStatus, String responseBody);
}
