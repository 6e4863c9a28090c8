package org.reex.targets;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.reex.identity.OrganizationService;
import org.reex.shared.audit.AuditLog;
import org.reex.stats.StatsService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * For the tests that set {@code reex.test.fixed-clock} (and so get a context of their own): the targets see a
 * clock stopped at that instant. Only the targets: the application's clock keeps running, so the scheduled jobs
 * (closing auctions, expiring licences) do not jump to another year in the shared test database. A bean class,
 * not a factory method, so that the service's transactions still apply.
 */
@Singleton
@Replaces(TargetService.class)
@Requires(property = "reex.test.fixed-clock")
public class FixedClockTargetService extends TargetService {

    public FixedClockTargetService(RecoveryTargetRepository targets, StatsService stats,
                                   OrganizationService organizations, AuditLog audit,
                                   @Value("${reex.test.fixed-clock}") String at) {
        super(targets, stats, organizations, audit, Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
    }
}
