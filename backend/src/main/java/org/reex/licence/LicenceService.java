package org.reex.licence;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.reex.shared.Uploads;
import org.reex.identity.OrganizationService;
import org.reex.notification.NotificationService;
import org.reex.shared.Decimals;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Cursor;
import org.reex.shared.web.Page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Recycler licences: submission, agency decisions with their history, expiry, and what matching needs to know. */
@Singleton
public class LicenceService {

    static final BigDecimal MAX_TONNES = new BigDecimal("10000000");

    private final LicenceRepository licences;
    private final LicenceCapacityRepository capacities;
    private final LicenceDecisionRepository decisions;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final Provider<MatchedLicences> matchedLicences;
    private final ApplicationEventPublisher<LicenceChanged> events;
    private final AuditLog audit;
    private final Uploads uploads;
    private final Clock clock;
    private final LicenceDocumentRepository documents;

    public LicenceService(LicenceRepository licences, LicenceCapacityRepository capacities, LicenceDecisionRepository decisions,
                          OrganizationService organizations, NotificationService notifications,
                          Provider<MatchedLicences> matchedLicences, ApplicationEventPublisher<LicenceChanged> events,
                          AuditLog audit, Uploads uploads, Clock clock, LicenceDocumentRepository documents) {
        this.licences = licences;
        this.capacities = capacities;
        this.decisions = decisions;
        this.organizations = organizations;
        this.notifications = notifications;
        this.matchedLicences = matchedLicences;
        this.events = events;
        this.audit = audit;
        this.uploads = uploads;
        this.clock = clock;
        this.documents = documents;
    }

    @Transactional
    public LicenceView create(Caller caller, NewLicence request) {
        if (!caller.is(Roles.RECYCLER)) {
            throw new ForbiddenException("Only recyclers hold licences.");
        }
        Violations violations = new Violations();
        Map<String, BigDecimal> tonnes = new LinkedHashMap<>();
        for (int i = 0; i < request.capacities().size(); i++) {
            NewLicence.Capacity capacity = request.capacities().get(i);
            String path = "capacities[" + i + "]";
            if (tonnes.containsKey(capacity.category())) {
                violations.add(path + ".category", capacity.category() + " is listed more than once");
            }
            BigDecimal value = Decimals.parse(capacity.tonnesPerYear(), path + ".tonnesPerYear", 3, violations);
            if (value != null && (value.signum() <= 0 || value.compareTo(MAX_TONNES) > 0)) {
                violations.add(path + ".tonnesPerYear", "must be greater than 0 and at most 10,000,000 t");
            } else if (value != null) {
                tonnes.put(capacity.category(), value.setScale(3, RoundingMode.UNNECESSARY));
            }
        }
        Instant now = clock.instant();
        if (!request.validTo().isAfter(request.validFrom())) {
            violations.add("validTo", "must be after validFrom");
        } else if (!request.validTo().isAfter(now)) {
            violations.add("validTo", "must be in the future");
        }
        String number = request.number().trim();
        if (number.length() < 3) {
            violations.add("number", "must have at least 3 characters besides spaces");
        }
        violations.throwIfAny();
        if (licences.existsByOrganizationIdAndNumber(caller.organizationId(), number)) {
            throw new ConflictException("number", "You have submitted a licence with this number already.");
        }
        Licence saved = licences.save(new Licence(null, caller.organizationId(), number, request.issuingAuthority().trim(),
                request.regionServed().trim(), request.maxHaulKm(), request.validFrom(), request.validTo(),
                request.dischargePermitNumber().trim(), LicenceStatus.PENDING, null, null, null, 0, now, now));
        tonnes.forEach((category, value) -> capacities.insert(saved.id(), category, value));
        audit.record(caller.userId(), "LICENCE_SUBMITTED", "licence", saved.id(), number);
        return view(caller, saved);
    }

    /** The licences a caller may see, newest first: their own, all for agencies, matched ones for manufacturers. */
    @ReadOnly
    public Page<LicenceView> list(Caller caller, @Nullable LicenceStatus status, @Nullable String cursor, int limit) {
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        Instant now = clock.instant();
        List<Licence> rows;
        if (caller.is(Roles.AGENCY)) {
            rows = status == null ? licences.pageAll(before, limit + 1)
                    : status == LicenceStatus.EXPIRED ? licences.pageExpired(now, before, limit + 1)
                    : licences.pageByLiveStatus(status.name(), now, before, limit + 1);
        } else if (caller.is(Roles.RECYCLER)) {
            rows = licences.pageByOrganization(caller.organizationId(), before, limit + 1).stream()
                    .filter(l -> status == null || l.statusAt(now) == status).toList();
        } else if (caller.is(Roles.MANUFACTURER)) {
            Set<Long> visible = matchedLicences.get().licenceIdsMatchedToSeller(caller.organizationId());
            rows = visible.isEmpty() ? List.of() : licences.findByIdIn(visible).stream()
                    .filter(l -> l.id() < before && l.statusAt(now) == LicenceStatus.VERIFIED)
                    .filter(l -> status == null || status == LicenceStatus.VERIFIED)
                    .sorted((a, b) -> Long.compare(b.id(), a.id())).limit(limit + 1L).toList();
        } else {
            rows = List.of();
        }
        Page<Licence> page = Page.of(rows, limit, Licence::id);
        return new Page<>(page.items().stream().map(l -> view(caller, l)).toList(), page.nextCursor());
    }

    @ReadOnly
    public LicenceView get(Caller caller, long licenceId) {
        return view(caller, visible(caller, licenceId));
    }

    @Transactional
    public LicenceView decide(Caller caller, long licenceId, String decision, @Nullable String reason) {
        if (!caller.is(Roles.AGENCY)) {
            throw new ForbiddenException("Only agencies decide on licences.");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why == null && (decision.equals("REJECT") || decision.equals("SUSPEND"))) {
            throw new InvalidRequestException("reason", "is required to " + decision.toLowerCase());
        }
        Licence current = licences.findByIdForUpdate(licenceId)
                .orElseThrow(() -> new NotFoundException("No licence " + licenceId + "."));
        Instant now = clock.instant();
        LicenceStatus from = current.statusAt(now);
        LicenceStatus to = LicenceTransitions.next(from, decision)
                .orElseThrow(() -> new ConflictException("decision", "A " + from + " licence cannot take " + decision + "."));
        Licence updated = licences.update(current.withStatus(to, now));
        decisions.save(new LicenceDecisionRecord(null, licenceId, decision, from, to, why, caller.userId(), now));
        audit.record(caller.userId(), "LICENCE_" + decision, "licence", licenceId, why);
        Map<String, String> params = new LinkedHashMap<>(Map.of("licenceId", String.valueOf(licenceId),
                "licenceNumber", current.number(), "decision", decision));
        if (why != null) {
            params.put("reason", why);
        }
        notifications.notify(current.organizationId(), NotificationService.LICENCE_DECIDED, params, null);
        events.publishEvent(new LicenceChanged(licenceId, current.organizationId()));
        return view(caller, updated);
    }

    @Transactional
    public LicenceView attachDocument(Caller caller, long licenceId, String fileName, byte[] content) {
        Licence current = licences.findByIdForUpdate(licenceId)
                .filter(l -> l.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException("No licence " + licenceId + "."));
        if (content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        if (content.length > Uploads.MAX_BYTES) {
            throw new org.reex.shared.error.PayloadTooLargeException("file", "is larger than 10 MiB");
        }
        String type = uploads.sniff(content);
        if (!type.equals("application/pdf")) {
            throw new InvalidRequestException("file", "is " + type + " by its content; a licence document must be a PDF");
        }
        documents.attach(current.id(), Uploads.cleanName(fileName, type, "licence"), Uploads.sha256(content), content,
                clock.instant());
        Licence updated = licences.findById(current.id()).orElseThrow();
        audit.record(caller.userId(), "LICENCE_DOCUMENT_ADDED", "licence", licenceId, updated.documentSha256());
        return view(caller, updated);
    }

    @ReadOnly
    public Licence document(Caller caller, long licenceId) {
        Licence licence = visible(caller, licenceId);
        if (caller.is(Roles.MANUFACTURER) || licence.document() == null) {
            throw new NotFoundException("No document for licence " + licenceId + ".");
        }
        return licence;
    }

    /** Marks licences whose end has passed EXPIRED; safe on several instances at once (rows are skipped while locked). */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        List<Long> due = licences.lockExpired(now);
        for (long id : due) {
            licences.markExpired(id, now);
            Licence licence = licences.findById(id).orElseThrow();
            audit.record(null, "LICENCE_EXPIRED", "licence", id, null);
            events.publishEvent(new LicenceChanged(id, licence.organizationId()));
        }
        return due.size();
    }

    /** Verified licences covering a category that are live at {@code at}, for matching. */
    @ReadOnly
    public List<LicenceFacts> verifiedCovering(String category, Instant at) {
        return facts(licences.verifiedCovering(category, at));
    }

    /** The organizations that held a verified licence at some moment in [start, end) (monthly reports are theirs). */
    @ReadOnly
    public List<Long> organizationsVerifiedDuring(Instant start, Instant end) {
        return licences.organizationsVerifiedDuring(start, end);
    }

    @ReadOnly
    public List<LicenceFacts> ofOrganization(long organizationId) {
        return facts(licences.findByOrganization(organizationId));
    }

    private List<LicenceFacts> facts(List<Licence> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, BigDecimal>> tonnes = capacitiesOf(rows);
        Instant now = clock.instant();
        return rows.stream().map(l -> new LicenceFacts(l.id(), l.organizationId(), l.number(), l.statusAt(now), l.validFrom(),
                l.validTo(), l.maxHaulKm(), tonnes.getOrDefault(l.id(), Map.of()))).toList();
    }

    private Licence visible(Caller caller, long licenceId) {
        Licence licence = licences.findById(licenceId).orElse(null);
        boolean mayRead = licence != null && (caller.is(Roles.AGENCY)
                || licence.organizationId() == caller.organizationId()
                || (caller.is(Roles.MANUFACTURER) && licence.statusAt(clock.instant()) == LicenceStatus.VERIFIED
                && matchedLicences.get().licenceIdsMatchedToSeller(caller.organizationId()).contains(licenceId)));
        if (!mayRead) {
            throw new NotFoundException("No licence " + licenceId + ".");
        }
        return licence;
    }

    private LicenceView view(Caller caller, Licence licence) {
        Map<String, BigDecimal> tonnes = capacitiesOf(List.of(licence)).getOrDefault(licence.id(), Map.of());
        List<LicenceView.Decision> history = caller.is(Roles.MANUFACTURER) ? List.of()
                : decisions.findByLicenceIdInOrderById(List.of(licence.id())).stream()
                .map(d -> new LicenceView.Decision(d, organizations.findUser(d.decidedByUserId())
                        .map(u -> u.displayName()).orElse("—")))
                .toList();
        return new LicenceView(licence, licence.statusAt(clock.instant()),
                organizations.getOrganization(licence.organizationId()).name(), tonnes, history);
    }

    private Map<Long, Map<String, BigDecimal>> capacitiesOf(List<Licence> rows) {
        return capacities.forLicences(rows.stream().map(Licence::id).toList()).stream()
                .collect(Collectors.groupingBy(LicenceCapacity::licenceId, LinkedHashMap::new,
                        Collectors.toMap(LicenceCapacity::category, LicenceCapacity::tonnesPerYear, (a, b) -> a, LinkedHashMap::new)));
    }
}
