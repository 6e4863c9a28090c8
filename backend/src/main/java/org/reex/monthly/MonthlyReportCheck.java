package org.reex.monthly;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Reminds recyclers of last month's report on the 5th and the 10th and flags those still missing after the 10th.
 * Runs on every instance; the once-claims and the flag's unique key make each notice and flag appear once.
 */
@Singleton
public class MonthlyReportCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportCheck.class);

    private final MonthlyReportService reports;
    private final Clock clock;

    public MonthlyReportCheck(MonthlyReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${reex.monthly-reports.check:30m}", initialDelay = "45s")
    void check() {
        int sent = reports.remindAndFlag(clock.instant());
        if (sent > 0) {
            LOG.info("Monthly reports: {} reminders and flags sent", sent);
        }
    }
}
