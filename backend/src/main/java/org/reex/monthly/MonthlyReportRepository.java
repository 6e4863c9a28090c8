package org.reex.monthly;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Filed versions: inserted once, read, never updated or deleted. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MonthlyReportRepository extends GenericRepository<MonthlyReport, Long> {

    /**
     * Inserts this version unless (organization, month, version) exists: 1 when inserted, 0 when another filing took
     * that version first (a concurrent insert of the same key waits for the first and then finds the duplicate).
     */
    @Query("INSERT IGNORE INTO monthly_report (organization_id, report_month, version, filed_by_user_id, filed_at, note) "
            + "VALUES (:organizationId, :reportMonth, :version, :filedByUserId, :filedAt, :note)")
    int insertOnce(long organizationId, String reportMonth, int version, long filedByUserId, Instant filedAt,
                   @Nullable String note);

    Optional<MonthlyReport> findById(long id);

    Optional<MonthlyReport> findByOrganizationIdAndReportMonthAndVersion(long organizationId, String reportMonth,
                                                                          int version);

    List<MonthlyReport> findByOrganizationIdAndReportMonthOrderByVersion(long organizationId, String reportMonth);

    @Query("SELECT MAX(version) FROM monthly_report WHERE organization_id = :organizationId "
            + "AND report_month = :reportMonth")
    @Nullable
    Integer newestVersion(long organizationId, String reportMonth);

    /** The newest version of each (organization, month), newest filing first, keyset by id. */
    @Query("SELECT r.* FROM monthly_report r WHERE r.id < :beforeId "
            + "AND (:reportMonth IS NULL OR r.report_month = :reportMonth) "
            + "AND (:organizationId IS NULL OR r.organization_id = :organizationId) "
            + "AND NOT EXISTS (SELECT 1 FROM monthly_report n WHERE n.organization_id = r.organization_id "
            + "AND n.report_month = r.report_month AND n.version > r.version) ORDER BY r.id DESC LIMIT :limit")
    List<MonthlyReport> newestPage(@Nullable String reportMonth, @Nullable Long organizationId, long beforeId, int limit);

    @Query("SELECT DISTINCT organization_id FROM monthly_report WHERE report_month = :reportMonth")
    List<Long> organizationsFiled(String reportMonth);
}
