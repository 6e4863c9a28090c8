package org.reex.licence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceCapacityRepository extends GenericRepository<Licence, Long> {

    @Query("INSERT INTO licence_capacity (licence_id, category, tonnes_per_year) VALUES (:licenceId, :category, :tonnesPerYear)")
    void insert(long licenceId, String category, BigDecimal tonnesPerYear);

    @Query("SELECT licence_id, category, tonnes_per_year FROM licence_capacity WHERE licence_id IN (:licenceIds) "
            + "ORDER BY licence_id, category")
    List<LicenceCapacity> forLicences(List<Long> licenceIds);
}
