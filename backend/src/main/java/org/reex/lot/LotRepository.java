package org.reex.lot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LotRepository extends CrudRepository<Lot, Long> {

    @Query("SELECT * FROM lot WHERE id = :id FOR UPDATE")
    Optional<Lot> findByIdForUpdate(long id);

    List<Lot> findByStatus(LotStatus status);

    /** Lots awarded before {@code awardedBefore} whose custody has not reached RECEIVED. */
    @Query("SELECT * FROM lot WHERE status IN ('AWARDED', 'PICKED_UP', 'DELIVERED') AND awarded_at < :awardedBefore "
            + "ORDER BY id")
    List<Lot> awardedNotReceived(Instant awardedBefore);

    @Query("SELECT category, SUM(gross_mass_kg) AS kg FROM lot WHERE awarded_organization_id = :organizationId "
            + "AND awarded_at >= :from AND awarded_at < :to GROUP BY category")
    List<CategoryMass> awardedKgByCategory(long organizationId, Instant from, Instant to);

    @Introspected
    record CategoryMass(String category, BigDecimal kg) {
    }
}
