package org.reex.lot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LotRepository extends CrudRepository<Lot, Long> {

    @Query("SELECT * FROM lot WHERE id = :id FOR UPDATE")
    Optional<Lot> findByIdForUpdate(long id);
}
