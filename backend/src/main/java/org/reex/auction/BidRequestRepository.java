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

    /**
     * The key's placeholder (status 0), replaced by the answer in the same transaction, so no other transaction ever
     * reads it. 1 when inserted; 0 when the key has a committed answer already. A transaction holding the same key
     * uncommitted makes this wait for it (the key's length is bounded by the API, so IGNORE hides nothing else).
     */
    @Query("INSERT IGNORE INTO bid_request (organization_id, idempotency_key, request_hash, response_status, response_body) "
            + "VALUES (:organizationId, :idempotencyKey, :requestHash, 0, '')")
    int claim(long organizationId, String idempotencyKey, String requestHash);

    @Query("UPDATE bid_request SET response_status = :responseStatus, response_body = :responseBody "
            + "WHERE organization_id = :organizationId AND idempotency_key = :idempotencyKey")
    void answer(long organizationId, String idempotencyKey, int responseStatus, String responseBody);
}
