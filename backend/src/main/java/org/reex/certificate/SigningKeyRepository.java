package org.reex.certificate;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SigningKeyRepository extends CrudRepository<SigningKey, String> {

    List<SigningKey> findAllOrderByCreatedAt();

    Optional<SigningKey> findByLocalSlot(int localSlot);

    /**
     * Stores the local key unless another instance stored one first (the unique local slot decides); the caller
     * then reads back whichever key won.
     */
    @Query("INSERT IGNORE INTO signing_key (kid, public_jwk, private_jwk, local_slot, created_at, retired_at) "
            + "VALUES (:kid, :publicJwk, :privateJwk, 1, :createdAt, NULL)")
    void insertLocalIfAbsent(String kid, String publicJwk, String privateJwk, Instant createdAt);

    @Query("UPDATE signing_key SET retired_at = :at WHERE kid <> :kid AND retired_at IS NULL")
    void retireAllBut(String kid, Instant at);

    @Query("UPDATE signing_key SET retired_at = NULL WHERE kid = :kid")
    void reinstate(String kid);
}
