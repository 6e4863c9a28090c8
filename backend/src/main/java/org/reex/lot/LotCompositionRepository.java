package org.reex.lot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LotCompositionRepository extends CrudRepository<LotCompositionLine, Long> {

    @Query("SELECT * FROM lot_composition WHERE lot_id = :lotId ORDER BY fraction DESC, element")
    List<LotCompositionLine> findByLot(long lotId);

    void deleteByLotId(long lotId);
}
