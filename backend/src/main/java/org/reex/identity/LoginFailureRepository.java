package org.reex.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginFailureRepository extends CrudRepository<LoginFailure, Long> {

    long countBySubjectAndFailedAtGreaterThan(String subject, Instant since);

    @Query("SELECT MAX(failed_at) FROM login_failure WHERE subject = :subject AND failed_at > :since")
    Optional<Instant> findLatestFailedAt(String subject, Instant since);

    void deleteBySubject(String subject);

    void deleteByFailedAtLessThan(Instant before);
}
