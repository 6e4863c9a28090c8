package org.reex.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganizationRepository extends CrudRepository<Organization, Long> {

    boolean existsByName(String name);

    boolean existsByType(OrganizationKind type);

    long countByTypeNotEqual(OrganizationKind type);

    List<Organization> findByIdGreaterThanOrderByIdAsc(long afterId, int limit);

    List<Long> findIdByType(OrganizationKind type);

    List<Organization> findByTypeAndIdGreaterThanOrderByIdAsc(OrganizationKind type, long afterId, int limit);
}
