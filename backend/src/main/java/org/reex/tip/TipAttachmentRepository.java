package org.reex.tip;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TipAttachmentRepository extends CrudRepository<TipAttachment, Long> {

    @Query("SELECT tip_id, file_name, content_type, size_bytes, sha256 FROM tip_attachment WHERE tip_id = :tipId")
    Optional<TipAttachmentInfo> info(long tipId);

    @Query("SELECT tip_id FROM tip_attachment WHERE tip_id IN (:tipIds)")
    List<Long> withAttachment(Collection<Long> tipIds);
}
