package org.reex.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.monthly.MonthlyReportService;
import org.reex.shared.security.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monthly reports for the demo: the four demo recyclers file the five months before last, each as prefilled from
 * REEx's records, on the 7th of the next month — except that Longyan misses one month (reminded, then flagged after
 * the 10th), Baotou files one month late and Chongqing's latest filing does not balance by 40 kg (flagged). Last
 * month is left for the user to file; the scheduled check reminds them of it from the 5th.
 */
@Singleton
@Requires(property = "reex.demo-data", value = "true")
class DemoMonthlyReports {

    private static final int MONTHS = 5;
    private static final List<String> RECYCLERS = List.of(DemoHistory.GANZHOU, DemoHistory.LONGYAN,
            DemoHistory.BAOTOU_REGEN, DemoHistory.CHONGQING);

    private final MonthlyReportService reports;
    private final DemoTime time;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoMonthlyReports(MonthlyReportService reports, DemoTime time, JdbcOperations jdbc, Clock clock) {
        this.reports = reports;
        this.time = time;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void load(Map<String, Caller> users, Instant now) {
        verifiedWhenIssued(users);
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        try {
            for (int back = MONTHS + 1; back >= 2; back--) {
                YearMonth month = current.minusMonths(back);
                for (String email : RECYCLERS) {
                    if (email.equals(DemoHistory.LONGYAN) && back == 3) {
                        continue;
                    }
                    int day = email.equals(DemoHistory.BAOTOU_REGEN) && back == 4 ? 14 : 7;
                    time.travelTo(month.plusMonths(1).atDay(day).atTime(9, 30).toInstant(ZoneOffset.UTC));
                    file(users.get(email), month, email.equals(DemoHistory.CHONGQING) && back == 2);
                }
                time.travelTo(month.plusMonths(1).atDay(11).atTime(0, 5).toInstant(ZoneOffset.UTC));
                reports.remindAndFlag(clock.instant());
            }
        } finally {
            time.backToNow();
        }
    }

    /** Files the month as REEx's records prefill it; {@code unbalanced} adds 40 kg to the first closing stock. */
    private void file(Caller recycler, YearMonth month, boolean unbalanced) {
        MonthlyReportService.Prefill prefill = reports.prefill(recycler, month.toString());
        List<MonthlyReportService.RawCategory> categories = new ArrayList<>();
        for (MonthlyReportService.PrefillCategory c : prefill.categories()) {
            BigDecimal closing = unbalanced && categories.isEmpty() ? c.closingKg().add(new BigDecimal("40")) : c.closingKg();
            categories.add(new MonthlyReportService.RawCategory(c.category(), c.openingKg().toPlainString(),
                    c.receivedKg().toPlainString(), c.processedKg().toPlainString(), closing.toPlainString()));
        }
        if (unbalanced && categories.isEmpty()) {
            categories.add(new MonthlyReportService.RawCategory("POLISHING_POWDER", "0", "0", "0", "40"));
        }
        List<MonthlyReportService.RawElement> elements = prefill.elements().stream()
                .map(e -> new MonthlyReportService.RawElement(e.element(), e.recoveredKg().toPlainString())).toList();
        reports.file(recycler, new MonthlyReportService.NewReport(month.toString(), null, categories, elements,
                unbalanced ? "Stock count after the year-end inventory." : null));
    }

    /**
     * The licence feature records a decision at the moment it is made; the demo's recyclers held their licences,
     * verified, since they were issued, so their verifications are moved to the day of issue.
     */
    private void verifiedWhenIssued(Map<String, Caller> users) {
        for (String email : RECYCLERS) {
            long organizationId = users.get(email).organizationId();
            jdbc.prepareStatement("UPDATE licence_decision d JOIN licence l ON l.id = d.licence_id "
                    + "SET d.decided_at = l.valid_from + INTERVAL 1 DAY "
                    + "WHERE l.organization_id = ? AND d.to_status = 'VERIFIED'", statement -> {
                statement.setLong(1, organizationId);
                return statement.executeUpdate();
            });
        }
    }
}
