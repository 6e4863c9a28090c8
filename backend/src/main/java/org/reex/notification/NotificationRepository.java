package org.reex.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotificationRepository extends CrudRepository<Notification, Long> {

    @Query("SELECT * FROM notification WHERE organization_id = :organizationId AND id < :beforeId ORDER BY id DESC LIMIT :limit")
    List<Notification> page(long organizationId, long beforeId, int limit);

    long countByOrganizationIdAndReadAtIsNull(long organizationId);

    Optional<Notification> findByIdAndOrganizationId(long id, long organizationId);

    @Query("UPDATE notification SET read_at = :at WHERE id = :id AND read_at IS NULL")
    void markRead(long id, Instant at);

    @Query("UPDATE notification SET read_at = :at WHERE organization_id = :organizationId AND read_at IS NULL")
    int markAllRead(long organizationId, Instant at);

    @Query("SELECT COALESCE(MAX(id), 0) FROM notification")
    long maxId();

    /**
     * Every organization's notifications above an id, and those of the given ids below it that were not committed at
     * the last read, oldest first: the one read behind all live streams. {@code missing} is never empty: 0 stands for
     * none (ids start at 1).
     */
    @Query("SELECT * FROM notification WHERE id > :above OR id IN (:missing) ORDER BY id LIMIT :limit")
    List<Notification> tail(long above, java.util.Collection<Long> missing, int limit);
}
