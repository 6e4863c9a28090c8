package org.reex.flag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.identity.OrganizationKind;
import org.reex.identity.OrganizationService;
import org.reex.licence.LicenceService;
import org.reex.lot.AwardedLot;
import org.reex.lot.LotService;
import org.reex.notification.NotificationService;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Cursor;
import org.reex.shared.web.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Discrepancy flags: raised by the rules when custody and reports are recorded (inside their transactions) and by
 * the stuck-custody check; listed to agencies and to the lot's parties; decided once by an agency.
 */
@Singleton
public class FlagService {

    /** The subject of a rule about the whole lot. */
    static final String WHOLE_LOT = "";

    private final FlagRepository flags;
    private final FlagSettings settings;
    private final LotService lots;
    private final LicenceService licences;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    public FlagService(FlagRepository flags, FlagSettings settings, LotService lots, LicenceService licences,
                       OrganizationService organizations, NotificationService notifications, AuditLog audit,
                       JsonMapper json, Clock clock) {
        this.flags = flags;
        this.settings = settings;
        this.lots = lots;
        this.licences = licences;
        this.organizations = organizations;
        this.notifications = notifications;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Mass rules, when the winner records RECEIVED: against the declared gross mass and the shipped mass. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void checkReceipt(AwardedLot lot, @Nullable BigDecimal shippedKg, BigDecimal receivedKg) {
        BigDecimal tolerance = settings.massTolerance();
        FlagRules.massOff("declaredKg", lot.grossMassKg(), receivedKg, tolerance)
                .ifPresent(evidence -> raise(lot, FlagRule.RECEIVED_VS_DECLARED_MASS, WHOLE_LOT, evidence));
        if (shippedKg != null) {
            FlagRules.massOff("shippedKg", shippedKg, receivedKg, tolerance)
                    .ifPresent(evidence -> raise(lot, FlagRule.RECEIVED_VS_SHIPPED_MASS, WHOLE_LOT, evidence));
        }
    }

    /** Element rules, when the winner reports recovery. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void checkRecovery(AwardedLot lot, List<ElementFigures> elements) {
        for (ElementFigures e : elements) {
            Optional<Map<String, String>> evidence = e.declared()
                    ? FlagRules.elementAbove(e.element(), e.declaredKg(), e.recoveredKg(), settings.elementTolerance())
                    : FlagRules.elementNotDeclared(e.element(), e.recoveredKg());
            FlagRule rule = e.declared() ? FlagRule.ELEMENT_ABOVE_DECLARED : FlagRule.ELEMENT_NOT_DECLARED;
            evidence.ifPresent(found -> raise(lot, rule, e.element(), found));
        }
    }

    /**
     * A step (a custody event or REPORT) by the winner at a moment when it held no verified, unexpired licence
     * covering the lot's category. (The licence's standing is its current status; its validity dates are read at
     * that moment.)
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void checkLicence(AwardedLot lot, long recyclerOrganizationId, String step, Instant at) {
        boolean covered = licences.verifiedCovering(lot.category(), at).stream()
                .filter(l -> l.organizationId() == recyclerOrganizationId)
                .anyMatch(l -> !l.validFrom().isAfter(at));
        if (!covered) {
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("step", step);
            evidence.put("at", at.toString());
            evidence.put("recyclerOrganizationId", String.valueOf(recyclerOrganizationId));
            raise(lot, FlagRule.LICENCE_NOT_VALID, step, evidence);
        }
    }

    /**
     * Raises NOT_RECEIVED_IN_TIME on every lot awarded more than the configured days ago and not yet RECEIVED.
     * Safe on several instances at once: the unique (lot, rule, subject) lets one insert win. Returns how many
     * flags this call raised.
     */
    @Transactional
    public int raiseNotReceivedInTime() {
        Instant now = clock.instant();
        int days = settings.receiveWithinDays();
        int raised = 0;
        for (AwardedLot lot : lots.awardedNotReceived(now.minus(Duration.ofDays(days)))) {
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("awardedAt", String.valueOf(lot.awardedAt()));
            evidence.put("days", String.valueOf(days));
            evidence.put("status", lot.status().name());
            if (raise(lot, FlagRule.NOT_RECEIVED_IN_TIME, WHOLE_LOT, evidence)) {
                raised++;
            }
        }
        return raised;
    }

    /**
     * Opens a TIP flag on the lot, by an agency user acting on tip {@code tipId}, inside the caller's transaction, and
     * tells every agency. The subject {@code T<tip id>} (at most 20 characters) keeps it apart from the lot's other flags; the evidence names
     * only the tip's number, since the lot's parties see the flag and must not read the tip. 404 for no such lot; 409
     * if this tip's flag on this lot is there already.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public FlagView openFromTip(long tipId, long lotId, long agencyUserId) {
        AwardedLot lot = lots.awarded(lotId).orElseThrow(() -> new NotFoundException("No lot " + lotId + "."));
        String subject = "T" + tipId;
        Map<String, String> evidence = Map.of("tipId", String.valueOf(tipId));
        if (flags.insertOnce(lot.id(), FlagRule.TIP.name(), subject, write(evidence), lot.title(), lot.category(),
                lot.region(), lot.sellerOrganizationId(), lot.winnerOrganizationId(), clock.instant()) == 0) {
            throw new ConflictException("tipId", "A flag was opened from tip " + tipId + " already.");
        }
        Flag flag = flags.findByLotIdAndRuleAndSubject(lot.id(), FlagRule.TIP, subject).orElseThrow();
        audit.record(agencyUserId, "FLAG_RAISED", "flag", flag.id(), "TIP " + tipId + " on lot " + lot.id());
        Map<String, String> params = Map.of("lotId", String.valueOf(lot.id()), "lotTitle", lot.title(),
                "flagId", String.valueOf(flag.id()), "rule", FlagRule.TIP.name());
        for (long agency : organizations.agencyIds()) {
            notifications.notify(agency, NotificationService.FLAG_RAISED, params, lot.id());
        }
        return view(flag);
    }

    /**
     * Opens a TIP flag about an organization (a manufacturer or a recycler) that a tip names without a lot, by an agency
     * user acting on tip {@code tipId}, inside the caller's transaction, and tells every agency. The flag has no lot and
     * no month; its region is the organization's and the organization is its seller or its recycler, so it sees the
     * flag as a lot's parties see theirs. The caller's lock on the tip makes it once per tip. 404 for no such
     * organization; 400 for an agency or the platform.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public FlagView openFromTipOnOrganization(long tipId, long organizationId, long agencyUserId) {
        var organization = organizations.findOrganization(organizationId)
                .orElseThrow(() -> new NotFoundException("No organization " + organizationId + "."));
        Long seller = organization.type() == OrganizationKind.MANUFACTURER ? organization.id() : null;
        Long recycler = organization.type() == OrganizationKind.RECYCLER ? organization.id() : null;
        if (seller == null && recycler == null) {
            throw new InvalidRequestException("organizationId", "names an agency or the platform; flags are about "
                    + "manufacturers and recyclers");
        }
        Flag flag = flags.save(new Flag(null, null, FlagRule.TIP, "T" + tipId, FlagStatus.OPEN,
                write(Map.of("tipId", String.valueOf(tipId))), null, null, organization.region(), seller, recycler,
                clock.instant().truncatedTo(ChronoUnit.MICROS), null, null, null, null, null));
        audit.record(agencyUserId, "FLAG_RAISED", "flag", flag.id(), "TIP " + tipId + " on organization "
                + organization.id());
        Map<String, String> params = Map.of("flagId", String.valueOf(flag.id()), "rule", FlagRule.TIP.name(),
                "organizationName", organization.name(), "tipId", String.valueOf(tipId));
        for (long agency : organizations.agencyIds()) {
            notifications.notify(agency, NotificationService.FLAG_RAISED, params, null);
        }
        return view(flag);
    }

    /** What the flags list may be narrowed to; any may be null. */
    public record Filter(@Nullable FlagStatus status, @Nullable FlagRule rule, @Nullable String region,
                         @Nullable Long lotId, @Nullable String reportMonth, @Nullable Long recyclerId) {
    }

    @ReadOnly
    public Page<FlagView> list(Caller caller, Filter filter, @Nullable String cursor, int limit) {
        Long scope;
        if (caller.is(Roles.AGENCY)) {
            scope = null;
        } else if (caller.is(Roles.MANUFACTURER) || caller.is(Roles.RECYCLER)) {
            scope = caller.organizationId();
        } else {
            throw new ForbiddenException("Flags are for agencies and the parties of a lot.");
        }
        String month = filter.reportMonth() == null || filter.reportMonth().isBlank() ? null : filter.reportMonth().trim();
        if (month != null && !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidRequestException("reportMonth", "must be a month as YYYY-MM");
        }
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        List<Flag> rows = flags.page(filter.status() == null ? null : filter.status().name(),
                filter.rule() == null ? null : filter.rule().name(),
                filter.region() == null || filter.region().isBlank() ? null : filter.region().trim(), filter.lotId(),
                month, filter.recyclerId(), scope, before, limit + 1);
        Page<Flag> page = Page.of(rows, limit, Flag::id);
        return new Page<>(page.items().stream().map(this::view).toList(), page.nextCursor());
    }

    /** How many flags about this recycler's month are still open. */
    @ReadOnly
    public long openOnMonth(long recyclerOrganizationId, String month) {
        return flags.countOpenOnMonth(recyclerOrganizationId, month);
    }

    /**
     * Raises a flag about a recycler's monthly report (no lot) once per (recycler, month, rule, subject) and tells
     * every agency; false when it had been raised already. Runs inside the caller's transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean raiseOnMonth(long recyclerOrganizationId, String month, FlagRule rule, String subject,
                                Map<String, String> evidence) {
        var recycler = organizations.getOrganization(recyclerOrganizationId);
        if (flags.insertMonthOnce(rule.name(), subject, write(evidence), recycler.region(), recyclerOrganizationId,
                month, clock.instant()) == 0) {
            return false;
        }
        Flag flag = flags.findByRecyclerOrganizationIdAndReportMonthAndRuleAndSubject(recyclerOrganizationId, month,
                rule, subject).orElseThrow();
        audit.record(null, "FLAG_RAISED", "flag", flag.id(), rule + " on " + recycler.name() + "'s " + month + " report");
        Map<String, String> params = Map.of("flagId", String.valueOf(flag.id()), "rule", rule.name(), "month", month,
                "recyclerName", recycler.name());
        for (long agency : organizations.agencyIds()) {
            notifications.notify(agency, NotificationService.FLAG_RAISED, params, null);
        }
        return true;
    }

    /** The flags on one lot, oldest first, for whoever may see its custody. */
    @ReadOnly
    public List<FlagView> onLot(long lotId) {
        return flags.findByLotIdOrderById(lotId).stream().map(this::view).toList();
    }

    @Transactional
    public FlagView decide(Caller caller, long flagId, String decision, String note) {
        if (!caller.is(Roles.AGENCY)) {
            throw new ForbiddenException("Only agencies decide on flags.");
        }
        String why = note == null ? "" : note.trim();
        if (why.isEmpty()) {
            throw new InvalidRequestException("note", "is required");
        }
        Flag flag = flags.findById(flagId).orElseThrow(() -> new NotFoundException("No flag " + flagId + "."));
        FlagStatus to = switch (decision) {
            case "DISMISS" -> FlagStatus.DISMISSED;
            case "CONFIRM" -> FlagStatus.CONFIRMED;
            default -> throw new InvalidRequestException("decision", "must be DISMISS or CONFIRM");
        };
        if (flags.decide(flagId, to.name(), decision, why, caller.userId(), clock.instant()) == 0) {
            throw new ConflictException("status", "This flag was decided already (" + flags.findById(flagId)
                    .map(Flag::status).orElse(flag.status()) + ").");
        }
        audit.record(caller.userId(), "FLAG_" + decision, "flag", flagId, why);
        return view(flags.findById(flagId).orElseThrow());
    }

    /** Inserts the flag once and tells every agency; false when it had been raised already. */
    private boolean raise(AwardedLot lot, FlagRule rule, String subject, Map<String, String> evidence) {
        int inserted = flags.insertOnce(lot.id(), rule.name(), subject, write(evidence), lot.title(), lot.category(),
                lot.region(), lot.sellerOrganizationId(), lot.winnerOrganizationId(), clock.instant());
        if (inserted == 0) {
            return false;
        }
        Flag flag = flags.findByLotIdAndRuleAndSubject(lot.id(), rule, subject).orElseThrow();
        audit.record(null, "FLAG_RAISED", "flag", flag.id(), rule + " on lot " + lot.id());
        Map<String, String> params = Map.of("lotId", String.valueOf(lot.id()), "lotTitle", lot.title(),
                "flagId", String.valueOf(flag.id()), "rule", rule.name());
        for (long agency : organizations.agencyIds()) {
            notifications.notify(agency, NotificationService.FLAG_RAISED, params, lot.id());
        }
        return true;
    }

    private FlagView view(Flag flag) {
        String decidedBy = flag.decidedByUserId() == null ? null
                : organizations.findUser(flag.decidedByUserId()).map(u -> u.displayName()).orElse("—");
        String recyclerName = flag.reportMonth() == null || flag.recyclerOrganizationId() == null ? null
                : organizations.findOrganization(flag.recyclerOrganizationId()).map(o -> o.name()).orElse(null);
        Long organizationId = flag.lotId() != null || flag.reportMonth() != null ? null
                : flag.sellerOrganizationId() != null ? flag.sellerOrganizationId() : flag.recyclerOrganizationId();
        String organizationName = organizationId == null ? null
                : organizations.findOrganization(organizationId).map(o -> o.name()).orElse("—");
        return new FlagView(flag, read(flag.evidence()), decidedBy, recyclerName, organizationId, organizationName);
    }

    private String write(Map<String, String> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> read(String evidence) {
        try {
            return json.readValue(evidence, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
