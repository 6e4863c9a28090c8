package org.reex.tip;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TipTriageRepository extends CrudRepository<TipTriage, Long> {

    List<TipTriage> findByTipIdOrderById(long tipId);
}
