package org.reex.tip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.flag.FlagService;
import org.reex.notification.NotificationService;
import org.reex.identity.Organization;
import org.reex.identity.OrganizationService;
import org.reex.lot.LotFacts;
import org.reex.lot.LotService;
import org.reex.shared.Uploads;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.error.PayloadTooLargeException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Cursor;
import org.reex.shared.web.Page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The violation tip line (issue 12 §3): anyone files a tip and follows its status by the receipt code; agencies,
 * and only they, read tips, triage them step by step with notes, and link them to organizations and lots.
 */
@Singleton
public class TipService {

    /** A photo of the violation or a PDF, typed by their bytes as lot documents are. */
    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    /** Clocks disagree a little: an observation this far ahead of ours still counts as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int EXCERPT = 200;

    private final TipRepository tips;
    private final TipTriageRepository triage;
    private final TipAttachmentRepository attachments;
    private final TipLinks links;
    private final FlagService flags;
    private final OrganizationService organizations;
    private final LotService lots;
    private final Uploads uploads;
    private final AuditLog audit;
    private final NotificationService notifications;
    private final Clock clock;

    public TipService(TipRepository tips, TipTriageRepository triage, TipAttachmentRepository attachments,
                      TipLinks links, FlagService flags, OrganizationService organizations, LotService lots, Uploads uploads,
                      AuditLog audit, NotificationService notifications, Clock clock) {
        this.tips = tips;
        this.triage = triage;
        this.attachments = attachments;
        this.links = links;
        this.flags = flags;
        this.organizations = organizations;
        this.lots = lots;
        this.uploads = uploads;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Files a tip; nothing about the sender is stored beyond these fields. */
    @Transactional
    public Tip file(NewTip request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Violations violations = new Violations();
        if (request.about() == null) {
            violations.add("about", "is required");
        }
        String organizationName = text(request.organizationName());
        String subject = text(request.subject());
        Long lotId = request.lotId();
        if (request.about() == TipAbout.ORGANIZATION && organizationName == null) {
            violations.add("organizationName", "is required when the tip is about an organization");
        }
        if (request.about() == TipAbout.LOT && lotId == null) {
            violations.add("lotId", "is required when the tip is about a lot");
        }
        if (request.about() == TipAbout.OTHER && subject == null) {
            violations.add("subject", "is required when the tip is about something else");
        }
        if (lotId != null && lotId < 1) {
            violations.add("lotId", "must be a lot number (1 or more)");
        }
        String description = text(request.description());
        if (description == null) {
            violations.add("description", "is required");
        }
        String place = text(request.place());
        if (place == null) {
            violations.add("place", "is required");
        }
        Instant observedAt = request.observedAt();
        if (observedAt == null) {
            violations.add("observedAt", "is required");
        } else if (observedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add("observedAt", "must not be in the future");
        }
        byte[] file = request.file();
        String contentType = null;
        if (file != null) {
            if (file.length == 0) {
                violations.add("file", "is empty");
            } else if (file.length > Uploads.MAX_BYTES) {
                throw new PayloadTooLargeException("file", "is larger than 10 MiB");
            } else {
                contentType = uploads.sniff(file);
                if (!ALLOWED_TYPES.contains(contentType)) {
                    violations.add("file", "is " + contentType + " by its content; attach a JPEG or PNG photo or a PDF");
                }
            }
        }
        violations.throwIfAny();
        Tip saved = tips.save(new Tip(null, TipCodes.next(), TipStatus.NEW, request.about(),
                request.about() == TipAbout.ORGANIZATION ? organizationName : null,
                request.about() == TipAbout.LOT ? lotId : null,
                request.about() == TipAbout.OTHER ? subject : null,
                description, place, observedAt.truncatedTo(ChronoUnit.MICROS), text(request.contact()), now, now));
        if (file != null) {
            links.insertAttachment(new TipAttachment(saved.id(), Uploads.cleanName(request.fileName(), contentType, "attachment"),
                    contentType, file.length, Uploads.sha256(file), file));
        }
        audit.record(null, "TIP_RECEIVED", "tip", saved.id(), saved.about().name());
        // Agencies hear of it at once; the notice names only the tip's number and what it is about.
        Map<String, String> params = Map.of("tipId", String.valueOf(saved.id()), "about", saved.about().name());
        for (long agency : organizations.agencyIds()) {
            notifications.notify(agency, NotificationService.TIP_RECEIVED, params, null);
        }
        return saved;
    }

    /** The status of the tip with this receipt code; the same 404 for a code of the wrong shape as for an unknown one. */
    @ReadOnly
    public Tip byCode(String rawCode) {
        String code = TipCodes.normalize(rawCode);
        return Optional.ofNullable(code).flatMap(tips::findByReceiptCode)
                .orElseThrow(() -> new NotFoundException("No tip has this receipt code."));
    }

    @ReadOnly
    public Page<TipSummaryView> list(Caller caller, @Nullable TipStatus status, @Nullable String cursor, int limit) {
        requireAgency(caller);
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        Page<Tip> page = Page.of(tips.page(status == null ? null : status.name(), before, limit + 1), limit, Tip::id);
        Set<Long> withFile = page.items().isEmpty() ? Set.of()
                : new HashSet<>(attachments.withAttachment(page.items().stream().map(Tip::id).toList()));
        return new Page<>(page.items().stream().map(t -> new TipSummaryView(t, withFile.contains(t.id()))).toList(),
                page.nextCursor());
    }

    @ReadOnly
    public TipView get(Caller caller, long tipId) {
        requireAgency(caller);
        return view(find(tipId));
    }

    @ReadOnly
    public TipAttachment attachment(Caller caller, long tipId) {
        requireAgency(caller);
        find(tipId);
        return attachments.findById(tipId)
                .orElseThrow(() -> new NotFoundException("Tip " + tipId + " has no attached file."));
    }

    /**
     * One triage step: {@code to} must follow the tip's current status, else 409. The links are added in the same
     * transaction, and the step is kept with its note and recorded in the audit log.
     */
    @Transactional
    public TipView triage(Caller caller, long tipId, TipStatus to, @Nullable String rawNote,
                          @Nullable List<Long> organizationIds, @Nullable List<Long> lotIds) {
        requireAgency(caller);
        Violations violations = new Violations();
        String note = text(rawNote);
        if (note == null) {
            violations.add("note", "is required");
        }
        Set<Long> orgs = checkedIds(organizationIds, "organizationIds", id -> organizations.findOrganization(id).isPresent(),
                violations);
        Set<Long> lotSet = checkedIds(lotIds, "lotIds", id -> lots.facts(id).isPresent(), violations);
        TipStatus from = to.requiredBefore();
        if (from == null) {
            violations.add("status", "must be INVESTIGATING, SUBSTANTIATED or UNSUBSTANTIATED");
        }
        violations.throwIfAny();
        Tip tip = find(tipId);
        Instant now = clock.instant();
        if (tips.move(tipId, from.name(), to.name(), now) == 0) {
            TipStatus current = tips.findById(tipId).map(Tip::status).orElse(tip.status());
            throw new ConflictException("status", "The tip is " + current + "; it can move to " + to
                    + " only from " + from + ".");
        }
        triage.save(new TipTriage(null, tipId, from, to, note, caller.userId(), now));
        links.linkOrganizations(tipId, orgs);
        links.linkLots(tipId, lotSet);
        String detail = from + " -> " + to + (orgs.isEmpty() ? "" : " organizations " + orgs)
                + (lotSet.isEmpty() ? "" : " lots " + lotSet) + ": " + note;
        audit.record(caller.userId(), "TIP_" + to.name(), "tip", tipId,
                detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail);
        return view(tips.findById(tipId).orElseThrow());
    }

    /**
     * Opens a flag (rule TIP) on one of the tip's linked lots ({@code lotId}) or linked organizations
     * ({@code organizationId}); with neither, on the only linked lot, or when no lot is linked on the only linked
     * organization. The tip is locked first, so of two agencies doing this at once one opens the flag and the other
     * hears 409.
     */
    @Transactional
    public TipView openFlag(Caller caller, long tipId, @Nullable Long lotId, @Nullable Long organizationId) {
        requireAgency(caller);
        Tip tip = tips.findByIdForUpdate(tipId).orElseThrow(() -> new NotFoundException("No tip " + tipId + "."));
        Optional<Long> existing = links.flagIdForUpdate(tipId);
        if (existing.isPresent()) {
            throw new ConflictException("tipId", "Flag " + existing.get() + " was opened from this tip already.");
        }
        if (tip.status() == TipStatus.UNSUBSTANTIATED) {
            throw new ConflictException("status", "The tip was found unsubstantiated; it opens no flag.");
        }
        if (lotId != null && organizationId != null) {
            throw new InvalidRequestException("organizationId", "give a lot or an organization, not both");
        }
        List<Long> linkedLots = links.lotIds(tipId);
        List<Long> linkedOrganizations = links.organizationIds(tipId);
        long flagId;
        String on;
        if (organizationId != null || (lotId == null && linkedLots.isEmpty() && linkedOrganizations.size() == 1)) {
            long organization = organizationId != null ? organizationId : linkedOrganizations.get(0);
            if (!linkedOrganizations.contains(organization)) {
                throw new InvalidRequestException("organizationId",
                        "is not linked to this tip; link it with a triage step first");
            }
            flagId = flags.openFromTipOnOrganization(tipId, organization, caller.userId()).flag().id();
            on = "organization " + organization;
        } else {
            long lot;
            if (lotId != null) {
                if (!linkedLots.contains(lotId)) {
                    throw new InvalidRequestException("lotId", "is not linked to this tip; link it with a triage step first");
                }
                lot = lotId;
            } else if (linkedLots.size() == 1) {
                lot = linkedLots.get(0);
            } else {
                throw new InvalidRequestException("lotId", linkedLots.isEmpty()
                        ? "link a lot or an organization to the tip with a triage step first"
                        : "choose one of the lots or organizations linked to the tip");
            }
            flagId = flags.openFromTip(tipId, lot, caller.userId()).flag().id();
            on = "lot " + lot;
        }
        links.recordFlag(tipId, flagId);
        audit.record(caller.userId(), "TIP_FLAG_OPENED", "tip", tipId, "flag " + flagId + " on " + on);
        return view(tip);
    }

    private Tip find(long tipId) {
        return tips.findById(tipId).orElseThrow(() -> new NotFoundException("No tip " + tipId + "."));
    }

    private TipView view(Tip tip) {
        List<TipView.Named> orgs = new ArrayList<>();
        for (long id : links.organizationIds(tip.id())) {
            orgs.add(new TipView.Named(id, organizations.findOrganization(id).map(Organization::name).orElse("—")));
        }
        List<TipView.Named> linkedLots = new ArrayList<>();
        for (long id : links.lotIds(tip.id())) {
            linkedLots.add(new TipView.Named(id, lots.facts(id).map(LotFacts::title).orElse("—")));
        }
        List<TipView.Step> steps = triage.findByTipIdOrderById(tip.id()).stream()
                .map(s -> new TipView.Step(s, organizations.findUser(s.byUserId()).map(u -> u.displayName()).orElse("—")))
                .toList();
        return new TipView(tip, attachments.info(tip.id()).orElse(null), orgs, linkedLots, steps,
                links.flagId(tip.id()).orElse(null));
    }

    private static Set<Long> checkedIds(@Nullable List<Long> ids, String field, java.util.function.LongPredicate exists,
                                        Violations violations) {
        Set<Long> checked = new LinkedHashSet<>();
        if (ids == null) {
            return checked;
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || !exists.test(id)) {
                violations.add(field + "[" + i + "]", "names no " + (field.startsWith("lot") ? "lot" : "organization"));
            } else {
                checked.add(id);
            }
        }
        return checked;
    }

    @Nullable
    private static String text(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static void requireAgency(Caller caller) {
        if (!caller.is(Roles.AGENCY)) {
            throw new ForbiddenException("Tips are for agencies only.");
        }
    }

    static String excerpt(String description) {
        return description.length() <= EXCERPT ? description : description.substring(0, EXCERPT - 1) + "…";
    }
}
