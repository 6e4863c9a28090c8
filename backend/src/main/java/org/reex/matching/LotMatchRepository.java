package org.reex.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LotMatchRepository extends CrudRepository<LotMatch, Long> {

    @Query("SELECT * FROM lot_match WHERE lot_id = :lotId ORDER BY score DESC, id")
    List<LotMatch> forLot(long lotId);

    Optional<LotMatch> findByLotIdAndRecyclerOrganizationId(long lotId, long recyclerOrganizationId);

    void deleteByLotIdAndRecyclerOrganizationId(long lotId, long recyclerOrganizationId);

    @Query("SELECT m.* FROM lot_match m JOIN lot l ON l.id = m.lot_id WHERE m.recycler_organization_id = :organizationId "
            + "AND l.status = 'OPEN' AND m.id < :beforeId ORDER BY m.id DESC LIMIT :limit")
    List<LotMatch> openForRecycler(long organizationId, long beforeId, int limit);

    @Query("SELECT * FROM lot_match WHERE recycler_organization_id = :organizationId")
    List<LotMatch> forRecycler(long organizationId);

    @Query("SELECT DISTINCT m.licence_id FROM lot_match m JOIN lot l ON l.id = m.lot_id WHERE l.seller_organization_id = :sellerId")
    List<Long> licenceIdsForSeller(long sellerId);
}
