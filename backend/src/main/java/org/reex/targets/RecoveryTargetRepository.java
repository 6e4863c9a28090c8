package org.reex.targets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RecoveryTargetRepository extends CrudRepository<RecoveryTarget, Long> {

    /**
     * Targets matching the filters; {@code regions} null means any region (agencies), otherwise the regions the
     * caller may see ('' for nationwide and its own).
     */
    @Query("SELECT * FROM recovery_target WHERE (:year IS NULL OR target_year = :year) "
            + "AND (:region IS NULL OR region = :region) AND (:element IS NULL OR element = :element) "
            + "AND (:ownRegion IS NULL OR region = '' OR region = :ownRegion) "
            + "ORDER BY target_year DESC, region, element LIMIT 500")
    List<RecoveryTarget> list(@Nullable Integer year, @Nullable String region, @Nullable String element,
                              @Nullable String ownRegion);

    boolean existsByYearAndRegionAndElement(int year, String region, String element);

    /** Changes the figures when {@code version} is still the current one; 0 otherwise. */
    @Query("UPDATE recovery_target SET target_recovered_kg = :kg, target_recovery_rate = :rate, version = version + 1, "
            + "updated_by_user_id = :userId, updated_at = :at WHERE id = :id AND version = :version")
    int change(long id, long version, @Nullable BigDecimal kg, @Nullable BigDecimal rate, long userId, Instant at);
}
