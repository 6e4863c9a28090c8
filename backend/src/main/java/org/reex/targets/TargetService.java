package org.reex.targets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.identity.OrganizationService;
import org.reex.shared.Decimals;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.stats.RareEarths;
import org.reex.stats.RecoveryRow;
import org.reex.stats.StatsService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Recovery targets: agencies set them; every organization reads those that cover it (recyclers and
 * manufacturers: nationwide and their own region). Progress is read from the statistics rollups.
 */
@Singleton
public class TargetService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final String NATIONWIDE_FILTER = "NATIONWIDE";
    static final String ALL_FILTER = "ALL";

    private final RecoveryTargetRepository targets;
    private final StatsService stats;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final Clock clock;

    public TargetService(RecoveryTargetRepository targets, StatsService stats, OrganizationService organizations,
                         AuditLog audit, Clock clock) {
        this.targets = targets;
        this.stats = stats;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    public record Figures(@Nullable String recoveredKg, @Nullable String recoveryRate) {
    }

    @ReadOnly
    public List<TargetView> list(Caller caller, @Nullable Integer year, @Nullable String region, @Nullable String element) {
        String ownRegion = switch (caller.role()) {
            case Roles.AGENCY -> null;
            case Roles.RECYCLER, Roles.MANUFACTURER -> organizations.getOrganization(caller.organizationId()).region();
            default -> throw new ForbiddenException("Recovery targets are for agencies, recyclers and manufacturers.");
        };
        String regionKey = region == null || region.isBlank() ? null
                : NATIONWIDE_FILTER.equals(region) ? RecoveryTarget.NATIONWIDE : region.trim();
        String elementKey = element == null || element.isBlank() ? null
                : ALL_FILTER.equals(element) ? RecoveryTarget.ALL_ELEMENTS : element;
        Instant now = clock.instant();
        return targets.list(year, regionKey, elementKey, ownRegion).stream().map(t -> view(t, now)).toList();
    }

    @Transactional
    public TargetView create(Caller caller, @Nullable Integer year, @Nullable String region, @Nullable String element,
                             Figures figures) {
        requireAgency(caller);
        Violations violations = new Violations();
        if (year == null) {
            violations.add("year", "is required");
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            violations.add("year", "must be from " + MIN_YEAR + " to " + MAX_YEAR);
        }
        String regionKey = region == null ? RecoveryTarget.NATIONWIDE : region.trim();
        if (region != null && regionKey.isEmpty()) {
            violations.add("region", "must not be blank; leave it out for a nationwide target");
        }
        String elementKey = element == null ? RecoveryTarget.ALL_ELEMENTS : element;
        if (element != null && !RareEarths.isKnown(element)) {
            violations.add("element", "is not a rare-earth symbol such as Dy: " + element);
        }
        BigDecimal[] parsed = figures(figures, violations);
        violations.throwIfAny();
        if (targets.existsByYearAndRegionAndElement(year, regionKey, elementKey)) {
            throw new ConflictException("year", "a target for this year, region and element exists already");
        }
        Instant now = clock.instant();
        RecoveryTarget saved = targets.save(new RecoveryTarget(null, year, regionKey, elementKey, parsed[0], parsed[1],
                1, caller.userId(), now, null, null));
        audit.record(caller.userId(), "TARGET_SET", "recovery_target", saved.id(), describe(saved));
        return view(saved, now);
    }

    @Transactional
    public TargetView update(Caller caller, long id, @Nullable Long version, Figures figures) {
        requireAgency(caller);
        RecoveryTarget existing = targets.findById(id).orElseThrow(() -> new NotFoundException("No target " + id + "."));
        Violations violations = new Violations();
        if (version == null) {
            violations.add("version", "is required");
        }
        BigDecimal[] parsed = figures(figures, violations);
        violations.throwIfAny();
        Instant now = clock.instant();
        if (targets.change(id, version, parsed[0], parsed[1], caller.userId(), now) == 0) {
            throw new ConflictException("version", "the target was changed by someone else; reload it (version "
                    + existing.version() + ")");
        }
        RecoveryTarget changed = targets.findById(id).orElseThrow();
        audit.record(caller.userId(), "TARGET_CHANGED", "recovery_target", id, describe(changed));
        return view(changed, now);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        requireAgency(caller);
        RecoveryTarget existing = targets.findById(id).orElseThrow(() -> new NotFoundException("No target " + id + "."));
        targets.delete(existing);
        audit.record(caller.userId(), "TARGET_REMOVED", "recovery_target", id, describe(existing));
    }

    /** Year to date, up to the month of {@code now} (the whole year once it is over; nothing before it starts). */
    private TargetView view(RecoveryTarget target, Instant now) {
        YearMonth first = YearMonth.of(target.year(), 1);
        YearMonth current = YearMonth.from(LocalDate.ofInstant(now, ZoneOffset.UTC));
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal declared = BigDecimal.ZERO;
        if (!current.isBefore(first)) {
            YearMonth last = current.getYear() > target.year() ? YearMonth.of(target.year(), 12) : current;
            RecoveryRow totals = stats.totals(first, last,
                    target.region().isEmpty() ? null : target.region(),
                    target.element().isEmpty() ? null : target.element());
            achieved = totals.recoveredKg();
            declared = totals.declaredKg();
        }
        return new TargetView(target, Progress.of(target, achieved, declared, now));
    }

    private static BigDecimal[] figures(Figures figures, Violations violations) {
        BigDecimal kg = decimal(figures.recoveredKg(), "targetRecoveredKg", 3, violations);
        BigDecimal rate = decimal(figures.recoveryRate(), "targetRecoveryRate", 6, violations);
        if (kg != null && kg.signum() <= 0) {
            violations.add("targetRecoveredKg", "must be more than 0");
        }
        if (kg != null && kg.compareTo(new BigDecimal("99999999999999999")) > 0) {
            violations.add("targetRecoveredKg", "is too large");
        }
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
            violations.add("targetRecoveryRate", "must be a fraction from 0 to 1");
        }
        if (figures.recoveredKg() == null && figures.recoveryRate() == null) {
            violations.add("targetRecoveredKg", "give targetRecoveredKg, targetRecoveryRate or both");
            violations.add("targetRecoveryRate", "give targetRecoveredKg, targetRecoveryRate or both");
        }
        return new BigDecimal[]{kg, rate};
    }

    @Nullable
    private static BigDecimal decimal(@Nullable String raw, String field, int scale, Violations violations) {
        BigDecimal value = raw == null ? null : Decimals.parse(raw, field, scale, violations);
        return value == null ? null : value.setScale(scale);
    }

    private static void requireAgency(Caller caller) {
        if (!caller.is(Roles.AGENCY)) {
            throw new ForbiddenException("Only agencies set recovery targets.");
        }
    }

    private static String describe(RecoveryTarget t) {
        return t.year() + " " + (t.region().isEmpty() ? "nationwide" : t.region()) + " "
                + (t.element().isEmpty() ? "all" : t.element()) + " kg=" + t.targetRecoveredKg()
                + " rate=" + t.targetRecoveryRate();
    }
}
