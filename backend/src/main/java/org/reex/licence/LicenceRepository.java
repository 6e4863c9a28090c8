package org.reex.licence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceRepository extends CrudRepository<Licence, Long> {

    @Query("SELECT * FROM licence WHERE id = :id FOR UPDATE")
    Optional<Licence> findByIdForUpdate(long id);

    boolean existsByOrganizationIdAndNumber(long organizationId, String number);

    @Query("SELECT * FROM licence WHERE id < :beforeId ORDER BY id DESC LIMIT :limit")
    List<Licence> pageAll(long beforeId, int limit);

    @Query("SELECT * FROM licence WHERE status = :status AND id < :beforeId ORDER BY id DESC LIMIT :limit")
    List<Licence> pageByStatus(String status, long beforeId, int limit);

    @Query("SELECT * FROM licence WHERE (status = 'EXPIRED' OR (status IN ('PENDING', 'VERIFIED', 'SUSPENDED') "
            + "AND valid_to <= :at)) AND id < :beforeId ORDER BY id DESC LIMIT :limit")
    List<Licence> pageExpired(Instant at, long beforeId, int limit);

    @Query("SELECT * FROM licence WHERE status = :status AND NOT (status IN ('PENDING', 'VERIFIED', 'SUSPENDED') "
            + "AND valid_to <= :at) AND id < :beforeId ORDER BY id DESC LIMIT :limit")
    List<Licence> pageByLiveStatus(String status, Instant at, long beforeId, int limit);

    @Query("SELECT * FROM licence WHERE organization_id = :organizationId AND id < :beforeId ORDER BY id DESC LIMIT :limit")
    List<Licence> pageByOrganization(long organizationId, long beforeId, int limit);

    @Query("SELECT * FROM licence WHERE status = 'VERIFIED' AND valid_to > :at AND id IN "
            + "(SELECT licence_id FROM licence_capacity WHERE category = :category)")
    List<Licence> verifiedCovering(String category, Instant at);

    @Query("SELECT * FROM licence WHERE organization_id = :organizationId")
    List<Licence> findByOrganization(long organizationId);

    List<Licence> findByIdIn(java.util.Collection<Long> ids);

    @Query("SELECT id FROM licence WHERE status IN ('PENDING', 'VERIFIED', 'SUSPENDED') AND valid_to <= :at "
            + "ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED")
    List<Long> lockExpired(Instant at);

    @Query("UPDATE licence SET status = 'EXPIRED', version = version + 1, updated_at = :at WHERE id = :id")
    void markExpired(long id, Instant at);

    /**
     * Organizations holding a licence that was VERIFIED at some moment in [start, end): valid during part of it, and
     * either verified at its start (the newest decision before it left it VERIFIED) or verified (or reinstated)
     * within it.
     */
    @Query("SELECT DISTINCT l.organization_id FROM licence l WHERE l.valid_from < :end AND l.valid_to > :start AND ("
            + "EXISTS (SELECT 1 FROM licence_decision d WHERE d.licence_id = l.id AND d.to_status = 'VERIFIED' "
            + "AND d.decided_at >= :start AND d.decided_at < :end) "
            + "OR (SELECT d.to_status FROM licence_decision d WHERE d.licence_id = l.id AND d.decided_at < :start "
            + "ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) = 'VERIFIED') ORDER BY l.organization_id")
    List<Long> organizationsVerifiedDuring(Instant start, Instant end);
}
