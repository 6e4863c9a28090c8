package org.reex.custody;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.flag.FlagService;
import org.reex.identity.OrganizationService;
import org.reex.lot.AwardedLot;
import org.reex.lot.LotService;
import org.reex.lot.LotStatus;
import org.reex.notification.NotificationService;
import org.reex.shared.Decimals;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chain of custody after the award (docs/adr/007-custody-hash-chain.md): one step at a time under the lot's row
 * lock, by the right party, in order, each once; hashed into a chain that anyone can recompute.
 */
@Singleton
public class CustodyService {

    /** How far ahead of our clock a step's time may be: clients' clocks drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    static final BigDecimal MAX_KG = new BigDecimal("999999999999.999");
    static final Set<String> PROCESS_ROUTES = Set.of("HYDROMETALLURGY", "PYROMETALLURGY", "DIRECT_REUSE", "OTHER");

    private final CustodyRepository events;
    private final LotService lots;
    private final FlagService flags;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    public CustodyService(CustodyRepository events, LotService lots, FlagService flags, OrganizationService organizations,
                          NotificationService notifications, AuditLog audit, Clock clock) {
        this.events = events;
        this.lots = lots;
        this.flags = flags;
        this.organizations = organizations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CustodyEntry record(Caller caller, long lotId, NewCustodyEvent request) {
        AwardedLot lot = lots.lockAwarded(caller, lotId);
        CustodyStep step = request.type();
        boolean party = step.party() == CustodyStep.Party.SELLER ? lot.isSeller(caller.organizationId())
                : lot.isWinner(caller.organizationId());
        if (!party) {
            throw new ForbiddenException(step + " is recorded by the lot's " + step.party().name().toLowerCase() + ".");
        }
        List<CustodyEntry> chain = events.chain(lotId);
        if (chain.stream().anyMatch(e -> e.type() == step)) {
            throw new ConflictException("type", step + " is recorded already for this lot.");
        }
        if (lot.status() != step.before()) {
            CustodyStep next = CustodyStep.next(lot.status());
            throw new ConflictException("type", "The lot is " + lot.status() + "; "
                    + (next == null ? "it takes no custody step now." : "the next step is " + next + "."));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CustodyEntry previous = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        CustodyEntry entry = validated(lot, step, request, caller, chain, previous, now);
        CustodyEntry saved = events.save(entry.withHash(CustodyChain.hash(entry.previousHash(), entry)));
        lots.advanceCustody(lotId, step.before(), step.after());

        if (step == CustodyStep.RECEIVED) {
            BigDecimal shipped = chain.stream().filter(e -> e.type() == CustodyStep.PICKED_UP).findFirst()
                    .map(CustodyEntry::shippedKg).orElse(null);
            flags.checkReceipt(lot, shipped, saved.weighedKg());
        }
        if (step.party() == CustodyStep.Party.WINNER) {
            flags.checkLicence(lot, caller.organizationId(), step.name(), saved.occurredAt());
        }
        audit.record(caller.userId(), "CUSTODY_" + step, "lot", lotId, saved.hash());
        long otherParty = step.party() == CustodyStep.Party.SELLER ? lot.winnerOrganizationId() : lot.sellerOrganizationId();
        notifications.notify(otherParty, NotificationService.CUSTODY_RECORDED, Map.of("lotId", String.valueOf(lotId),
                "lotTitle", lot.title(), "step", step.name()), lotId);
        return saved;
    }

    @ReadOnly
    public CustodyTrailView trail(Caller caller, long lotId) {
        AwardedLot lot = readable(caller, lotId);
        List<CustodyEntry> chain = events.chain(lotId);
        Map<Long, String> names = new HashMap<>();
        chain.forEach(e -> names.computeIfAbsent(e.actorOrganizationId(), this::organizationName));
        CustodyStep next = CustodyStep.next(lot.status());
        boolean mayRecord = next != null && (next.party() == CustodyStep.Party.SELLER ? lot.isSeller(caller.organizationId())
                : lot.isWinner(caller.organizationId()));
        String winnerName = lot.winnerOrganizationId() == null ? null : organizationName(lot.winnerOrganizationId());
        return new CustodyTrailView(lot, winnerName, chain, names, verification(lot, chain), next, mayRecord);
    }

    @ReadOnly
    public CustodyVerification verify(Caller caller, long lotId) {
        AwardedLot lot = readable(caller, lotId);
        return verification(lot, events.chain(lotId));
    }

    /** The chain's check for anyone allowed to know it, such as the public certificate page. */
    @ReadOnly
    public CustodyVerification verify(long lotId) {
        AwardedLot lot = lots.awarded(lotId).orElseThrow(() -> new NotFoundException("No lot " + lotId + "."));
        return verification(lot, events.chain(lotId));
    }

    /** What a report and its certificate take from the chain. */
    @ReadOnly
    public CustodyFacts facts(long lotId) {
        AwardedLot lot = lots.awarded(lotId).orElseThrow(() -> new NotFoundException("No lot " + lotId + "."));
        List<CustodyEntry> chain = events.chain(lotId);
        Optional<CustodyEntry> picked = find(chain, CustodyStep.PICKED_UP);
        Optional<CustodyEntry> received = find(chain, CustodyStep.RECEIVED);
        Optional<CustodyEntry> processed = find(chain, CustodyStep.PROCESSED);
        return new CustodyFacts(picked.map(CustodyEntry::shippedKg).orElse(null),
                received.map(CustodyEntry::weighedKg).orElse(null), received.map(CustodyEntry::occurredAt).orElse(null),
                processed.map(CustodyEntry::startedOn).orElse(null), processed.map(CustodyEntry::endedOn).orElse(null),
                chain.isEmpty() ? CustodyChain.GENESIS : chain.get(chain.size() - 1).hash(), verification(lot, chain));
    }

    public String organizationName(long organizationId) {
        return organizations.findOrganization(organizationId).map(o -> o.name()).orElse("—");
    }

    /** Seller, winner and agencies read a lot's custody; anyone else who may see the lot gets 403. */
    private AwardedLot readable(Caller caller, long lotId) {
        AwardedLot lot = lots.awarded(caller, lotId);
        if (!caller.is(Roles.AGENCY) && !lot.isSeller(caller.organizationId()) && !lot.isWinner(caller.organizationId())) {
            throw new ForbiddenException("Only the lot's seller, its winner and agencies see its custody.");
        }
        return lot;
    }

    private CustodyVerification verification(AwardedLot lot, List<CustodyEntry> chain) {
        return CustodyChain.verify(chain, CustodyStep.recordedBy(lot.status()), clock.instant());
    }

    private static Optional<CustodyEntry> find(List<CustodyEntry> chain, CustodyStep step) {
        return chain.stream().filter(e -> e.type() == step).findFirst();
    }

    /** Checks the step's fields (those of other steps must be absent) and builds the event, without its hash. */
    private CustodyEntry validated(AwardedLot lot, CustodyStep step, NewCustodyEvent r, Caller caller,
                                   List<CustodyEntry> chain, @Nullable CustodyEntry previous, Instant now) {
        Violations v = new Violations();
        Instant at = r.at().truncatedTo(ChronoUnit.MICROS);
        Instant notBefore = previous != null ? previous.occurredAt() : lot.awardedAt();
        int year = at.atZone(ZoneOffset.UTC).getYear();
        if (year < 1970 || year > 9999) {
            v.add("at", "must be a time between the years 1970 and 9999");
        } else if (at.isAfter(now.plus(CLOCK_SKEW))) {
            v.add("at", "must not be in the future");
        } else if (notBefore != null && at.isBefore(notBefore)) {
            v.add("at", "must not be before the previous step (" + (previous != null ? previous.type() : "the award")
                    + " at " + notBefore + ")");
        }
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("shippedKg", r.shippedKg());
        given.put("carrier", r.carrier());
        given.put("vehiclePlate", r.vehiclePlate());
        given.put("transportDocument", r.transportDocument());
        given.put("documentMismatchReason", r.documentMismatchReason());
        given.put("weighedKg", r.weighedKg());
        given.put("weighbridgeTicket", r.weighbridgeTicket());
        given.put("processRoute", r.processRoute());
        given.put("startedOn", r.startedOn());
        given.put("endedOn", r.endedOn());
        Set<String> allowed = switch (step) {
            case PICKED_UP -> Set.of("shippedKg", "carrier", "vehiclePlate", "transportDocument");
            case DELIVERED -> Set.of("transportDocument", "documentMismatchReason");
            case RECEIVED -> Set.of("weighedKg", "weighbridgeTicket");
            case PROCESSED -> Set.of("processRoute", "startedOn", "endedOn");
        };
        given.forEach((field, value) -> {
            if (value != null && !allowed.contains(field)) {
                v.add(field, "must be absent for " + step);
            }
        });

        BigDecimal shippedKg = null;
        BigDecimal weighedKg = null;
        String carrier = null;
        String plate = null;
        String document = null;
        String mismatch = null;
        String ticket = null;
        String route = null;
        LocalDate startedOn = null;
        LocalDate endedOn = null;
        switch (step) {
            case PICKED_UP -> {
                shippedKg = mass(r.shippedKg(), "shippedKg", v);
                carrier = text(r.carrier(), "carrier", v);
                plate = text(r.vehiclePlate(), "vehiclePlate", v);
                document = text(r.transportDocument(), "transportDocument", v);
            }
            case DELIVERED -> {
                document = text(r.transportDocument(), "transportDocument", v);
                mismatch = r.documentMismatchReason() == null || r.documentMismatchReason().isBlank() ? null
                        : r.documentMismatchReason().trim();
                String pickedUp = find(chain, CustodyStep.PICKED_UP).map(CustodyEntry::transportDocument).orElse(null);
                if (document != null && !document.equals(pickedUp) && mismatch == null) {
                    v.add("documentMismatchReason", "is required when the transport document differs from the pickup's ("
                            + pickedUp + ")");
                }
            }
            case RECEIVED -> {
                weighedKg = mass(r.weighedKg(), "weighedKg", v);
                ticket = text(r.weighbridgeTicket(), "weighbridgeTicket", v);
            }
            case PROCESSED -> {
                route = r.processRoute();
                if (route == null) {
                    v.add("processRoute", "is required");
                } else if (!PROCESS_ROUTES.contains(route)) {
                    v.add("processRoute", "must be one of " + PROCESS_ROUTES);
                }
                startedOn = date(r.startedOn(), "startedOn", v);
                endedOn = date(r.endedOn(), "endedOn", v);
                LocalDate receivedOn = find(chain, CustodyStep.RECEIVED)
                        .map(e -> e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
                if (startedOn != null && receivedOn != null && startedOn.isBefore(receivedOn)) {
                    v.add("startedOn", "must not be before the lot was received (" + receivedOn + ")");
                }
                if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
                    v.add("endedOn", "must not be before startedOn");
                } else if (endedOn != null && !v.has("at") && endedOn.isAfter(at.atZone(ZoneOffset.UTC).toLocalDate())) {
                    v.add("endedOn", "must not be after the day of `at`");
                }
            }
        }
        v.throwIfAny();
        return new CustodyEntry(null, lot.id(), step.sequence(), step, at, caller.organizationId(), caller.userId(), now,
                shippedKg, carrier, plate, document, mismatch, weighedKg, ticket, route, startedOn, endedOn,
                previous == null ? CustodyChain.GENESIS : previous.hash(), "");
    }

    @Nullable
    private static BigDecimal mass(@Nullable String raw, String field, Violations v) {
        BigDecimal kg = Decimals.parse(raw, field, 3, v);
        if (kg == null) {
            return null;
        }
        if (kg.signum() <= 0 || kg.compareTo(MAX_KG) > 0) {
            v.add(field, "must be greater than 0 and below a billion tonnes");
            return null;
        }
        return kg.setScale(3, RoundingMode.UNNECESSARY);
    }

    @Nullable
    private static String text(@Nullable String raw, String field, Violations v) {
        if (raw == null || raw.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        return raw.trim();
    }

    @Nullable
    private static LocalDate date(@Nullable LocalDate date, String field, Violations v) {
        if (date == null) {
            v.add(field, "is required");
            return null;
        }
        if (date.getYear() < 1970 || date.getYear() > 9999) {
            v.add(field, "must be a date between the years 1970 and 9999");
            return null;
        }
        return date;
    }
}
