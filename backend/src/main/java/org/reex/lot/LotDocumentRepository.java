package org.reex.lot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LotDocumentRepository extends CrudRepository<LotDocument, Long> {

    @Query("SELECT id, lot_id, kind, file_name, content_type, size_bytes, sha256, uploaded_at FROM lot_document "
            + "WHERE lot_id = :lotId ORDER BY id")
    List<LotDocumentInfo> listByLot(long lotId);

    Optional<LotDocument> findByIdAndLotId(long id, long lotId);

    int countByLotId(long lotId);
}
