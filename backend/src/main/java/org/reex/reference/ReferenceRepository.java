package org.reex.reference;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReferenceRepository extends GenericRepository<Element, String> {

    @Query("SELECT * FROM element ORDER BY atomic_number")
    List<Element> elements();

    @Query("SELECT * FROM waste_category ORDER BY position")
    List<WasteCategoryRow> categories();

    @Query("SELECT * FROM category_composition ORDER BY category, typical_fraction DESC, element")
    List<CategoryComposition> compositions();

    @Query("SELECT category, process_route, element, rate, source FROM typical_recovery_rate ORDER BY category, element")
    List<TypicalRecoveryRate> recoveryRates();
}
