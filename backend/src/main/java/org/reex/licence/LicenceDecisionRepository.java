package org.reex.licence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceDecisionRepository extends CrudRepository<LicenceDecisionRecord, Long> {

    List<LicenceDecisionRecord> findByLicenceIdInOrderById(List<Long> licenceIds);
}
