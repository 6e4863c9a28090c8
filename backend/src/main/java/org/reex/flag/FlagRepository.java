package org.reex.flag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FlagRepository extends CrudRepository<Flag, Long> {

    /**
     * Inserts the flag unless (lot, rule, subject) is there already; 1 when inserted, 0 when not. A concurrent insert
     * of the same key waits on the first one's lock and then finds the duplicate, so a flag is raised once however
     * many instances check at the same time. (IGNORE also turns other errors into warnings; every value here is
     * bounded by the lot's own columns.)
     */
    @Query("INSERT IGNORE INTO flag (lot_id, rule, subject, status, evidence, lot_title, category, region, "
            + "seller_organization_id, recycler_organization_id, created_at) VALUES (:lotId, :rule, :subject, 'OPEN', "
            + ":evidence, :lotTitle, :category, :region, :sellerOrganizationId, :recyclerOrganizationId, :createdAt)")
    int insertOnce(long lotId, String rule, String subject, String evidence, String lotTitle, String category,
                   String region, long sellerOrganizationId, @Nullable Long recyclerOrganizationId, Instant createdAt);

    /** Like {@link #insertOnce} for a flag about a recycler's month; the unique (recycler, month, rule, subject) decides. */
    @Query("INSERT IGNORE INTO flag (rule, subject, status, evidence, region, recycler_organization_id, report_month, "
            + "created_at) VALUES (:rule, :subject, 'OPEN', :evidence, :region, :recyclerOrganizationId, :reportMonth, "
            + ":createdAt)")
    int insertMonthOnce(String rule, String subject, String evidence, String region, long recyclerOrganizationId,
                        String reportMonth, Instant createdAt);

    Optional<Flag> findByRecyclerOrganizationIdAndReportMonthAndRuleAndSubject(Long recyclerOrganizationId,
                                                                             String reportMonth, FlagRule rule,
                                                                             String subject);

    List<Flag> findByRecyclerOrganizationIdAndReportMonthOrderById(Long recyclerOrganizationId, String reportMonth);

    Optional<Flag> findByLotIdAndRuleAndSubject(Long lotId, FlagRule rule, String subject);

    @Query("SELECT * FROM flag WHERE id < :beforeId AND (:status IS NULL OR status = :status) "
            + "AND (:rule IS NULL OR rule = :rule) AND (:region IS NULL OR region = :region) "
            + "AND (:lotId IS NULL OR lot_id = :lotId) AND (:reportMonth IS NULL OR report_month = :reportMonth) "
            + "AND (:recyclerId IS NULL OR recycler_organization_id = :recyclerId) "
            + "AND (:organizationId IS NULL OR seller_organization_id = :organizationId "
            + "OR recycler_organization_id = :organizationId) ORDER BY id DESC LIMIT :limit")
    List<Flag> page(@Nullable String status, @Nullable String rule, @Nullable String region, @Nullable Long lotId,
                    @Nullable String reportMonth, @Nullable Long recyclerId, @Nullable Long organizationId,
                    long beforeId, int limit);

    @Query("SELECT COUNT(*) FROM flag WHERE recycler_organization_id = :recyclerId AND report_month = :reportMonth "
            + "AND status = 'OPEN'")
    long countOpenOnMonth(long recyclerId, String reportMonth);

    /** Decides an open flag; 0 when it was decided already (by someone else, a moment ago). */
    @Query("UPDATE flag SET status = :status, decision = :decision, note = :note, decided_by_user_id = :userId, "
            + "decided_at = :at WHERE id = :id AND status = 'OPEN'")
    int decide(long id, String status, String decision, String note, long userId, Instant at);

    List<Flag> findByLotIdOrderById(Long lotId);
}
