package org.reex.shared.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records who changed what and when. Joins the caller's transaction, so the record and the change land together. */
@Singleton
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(@Nullable Long actorUserId, String action, String subjectType, long subjectId, @Nullable String detail) {
        repository.save(new AuditEvent(null, actorUserId, action, subjectType, subjectId, detail, Instant.now(clock)));
    }

    public List<AuditEvent> trail(String subjectType, long subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByOccurredAt(subjectType, subjectId);
    }
}
