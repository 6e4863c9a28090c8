package org.reex.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.identity.Organization;
import org.reex.identity.OrganizationService;
import org.reex.licence.LicenceChanged;
import org.reex.licence.LicenceFacts;
import org.reex.licence.LicenceService;
import org.reex.licence.MatchedLicences;
import org.reex.lot.LotFacts;
import org.reex.lot.LotPublished;
import org.reex.lot.LotService;
import org.reex.lot.LotSummaryRow;
import org.reex.notification.NotificationService;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Cursor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches lots to the recyclers allowed to take them. A lot is matched when it is published; a recycler is
 * re-matched against every open lot whenever one of its licences changes standing, so a suspension removes it
 * from its matches and a reinstatement brings it back. Also answers the auction's question: may this recycler bid?
 */
@Singleton
public class MatchingService implements MatchedLicences {

    private final LotMatchRepository matches;
    private final LotService lots;
    private final LicenceService licences;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final MatchScorer scorer;
    private final JsonMapper json;
    private final Clock clock;

    public MatchingService(LotMatchRepository matches, LotService lots, LicenceService licences,
                           OrganizationService organizations, NotificationService notifications, MatchScorer scorer,
                           JsonMapper json, Clock clock) {
        this.matches = matches;
        this.lots = lots;
        this.licences = licences;
        this.organizations = organizations;
        this.notifications = notifications;
        this.scorer = scorer;
        this.json = json;
        this.clock = clock;
    }

    public record RankedMatch(LotMatch match, Organization recycler, String licenceNumber, List<MatchReason> reasons) {
    }

    public record InboxEntry(LotSummaryRow lot, LotMatch match, List<MatchReason> reasons) {
    }

    public record Inbox(List<InboxEntry> items, @Nullable String nextCursor) {
    }

    @EventListener
    @Transactional
    void onLotPublished(LotPublished event) {
        matchLot(event.lotId());
    }

    @EventListener
    @Transactional
    void onLicenceChanged(LicenceChanged event) {
        rematchRecycler(event.organizationId());
    }

    /** Brings the lot's matches in line with who may take it now. */
    @Transactional
    public void matchLot(long lotId) {
        LotFacts lot = lots.facts(lotId).orElseThrow();
        Instant now = clock.instant();
        Map<Long, List<LicenceFacts>> byRecycler = licences.verifiedCovering(lot.category(), now).stream()
                .collect(Collectors.groupingBy(LicenceFacts::organizationId));
        Set<Long> eligible = new HashSet<>();
        for (Map.Entry<Long, List<LicenceFacts>> entry : byRecycler.entrySet()) {
            best(lot, entry.getKey(), entry.getValue(), now).ifPresent(best -> {
                eligible.add(entry.getKey());
                upsert(lot, best);
            });
        }
        matches.forLot(lotId).stream()
                .filter(m -> !eligible.contains(m.recyclerOrganizationId()))
                .forEach(m -> matches.deleteById(m.id()));
    }

    /** Brings one recycler's matches with every open lot in line with its licences now. */
    @Transactional
    public void rematchRecycler(long organizationId) {
        Instant now = clock.instant();
        List<LicenceFacts> own = licences.ofOrganization(organizationId);
        Map<Long, LotMatch> existing = matches.forRecycler(organizationId).stream()
                .collect(Collectors.toMap(LotMatch::lotId, Function.identity()));
        for (LotFacts lot : lots.openLots()) {
            Optional<Scored> best = best(lot, organizationId, own, now);
            if (best.isPresent()) {
                upsert(lot, best.get());
            } else if (existing.containsKey(lot.id())) {
                matches.deleteById(existing.get(lot.id()).id());
            }
        }
    }

    /** The auction asks this before accepting a bid: the live rule, not the stored match. */
    @ReadOnly
    public boolean mayBid(long recyclerOrganizationId, long lotId) {
        Instant now = clock.instant();
        return lots.facts(lotId)
                .flatMap(lot -> best(lot, recyclerOrganizationId, licences.ofOrganization(recyclerOrganizationId), now))
                .isPresent();
    }

    /**
     * The same rule as {@link #mayBid}, with its reason: empty when the recycler may bid, else why not. Of several
     * licences, the one that gets furthest through the rule gives the reason (the one the recycler will want to fix).
     */
    @ReadOnly
    public Optional<BidRefusal> bidRefusal(long recyclerOrganizationId, long lotId) {
        // Every reader of the auction asks this, bidders on a hot lot many times a second: a stored match (the same
        // rule, kept current on publish and on every licence change) answers with one indexed read. A bid is still
        // judged by the live rule (mayBid), so a match gone stale since costs a refused bid, never a wrong one.
        if (matches.findByLotIdAndRecyclerOrganizationId(lotId, recyclerOrganizationId).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LotFacts lot = lots.facts(lotId).orElse(null);
        if (lot == null) {
            return Optional.of(new BidRefusal(Eligibility.Refusal.LOT_NOT_OPEN.name(), Map.of()));
        }
        List<LicenceFacts> own = licences.ofOrganization(recyclerOrganizationId);
        if (own.isEmpty()) {
            return Optional.of(new BidRefusal(BidRefusal.NO_LICENCE, Map.of()));
        }
        Organization recycler = organizations.getOrganization(recyclerOrganizationId);
        BigDecimal awarded = awardedThisYear(recyclerOrganizationId, lot.category(), now);
        List<Optional<Eligibility.Refused>> outcomes = own.stream()
                .map(licence -> Eligibility.explain(lot, new Candidate(licence, recycler.name(), recycler.region(),
                        recycler.latitude(), recycler.longitude(), awarded), now))
                .toList();
        if (outcomes.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return outcomes.stream().map(Optional::get)
                .max(Comparator.comparing((Eligibility.Refused r) -> r.code().ordinal()))
                .map(r -> new BidRefusal(r.code().name(), r.params()));
    }

    @ReadOnly
    public List<RankedMatch> forLot(Caller caller, long lotId) {
        lots.requireSellerOrAgency(caller, lotId);
        return matches.forLot(lotId).stream()
                .map(m -> new RankedMatch(m, organizations.getOrganization(m.recyclerOrganizationId()),
                        licenceNumber(m), reasons(m)))
                .toList();
    }

    @ReadOnly
    public Inbox mine(Caller caller, @Nullable String cursor, int limit) {
        if (!caller.is(Roles.RECYCLER)) {
            throw new ForbiddenException("Only recyclers are matched to lots.");
        }
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        List<LotMatch> rows = matches.openForRecycler(caller.organizationId(), before, limit + 1);
        boolean more = rows.size() > limit;
        List<LotMatch> page = more ? rows.subList(0, limit) : rows;
        Map<Long, LotSummaryRow> summaries = lots.summaries(page.stream().map(LotMatch::lotId).toList()).stream()
                .collect(Collectors.toMap(LotSummaryRow::id, Function.identity()));
        List<InboxEntry> items = page.stream().filter(m -> summaries.containsKey(m.lotId()))
                .map(m -> new InboxEntry(summaries.get(m.lotId()), m, reasons(m))).toList();
        return new Inbox(items, more ? Cursor.encodeId(page.get(page.size() - 1).id()) : null);
    }

    @Override
    @ReadOnly
    public Set<Long> licenceIdsMatchedToSeller(long sellerOrganizationId) {
        return Set.copyOf(matches.licenceIdsForSeller(sellerOrganizationId));
    }

    private record Scored(long organizationId, LicenceFacts licence, MatchScorer.Scored score) {
    }

    /** The recycler's best-scoring eligible licence for the lot, if any. */
    private Optional<Scored> best(LotFacts lot, long organizationId, List<LicenceFacts> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Organization recycler = organizations.getOrganization(organizationId);
        BigDecimal awarded = awardedThisYear(organizationId, lot.category(), now);
        return candidates.stream()
                .map(licence -> new Candidate(licence, recycler.name(), recycler.region(), recycler.latitude(),
                        recycler.longitude(), awarded))
                .filter(candidate -> Eligibility.check(lot, candidate, now).isEmpty())
                .map(candidate -> new Scored(organizationId, candidate.licence(), scorer.score(lot, candidate)))
                .max(Comparator.comparing((Scored s) -> s.score().score()).thenComparing(s -> -s.licence().id()));
    }

    private BigDecimal awardedThisYear(long organizationId, String category, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant from = today.withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = today.withDayOfYear(1).plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return lots.awardedKg(organizationId, from, to).getOrDefault(category, BigDecimal.ZERO);
    }

    private void upsert(LotFacts lot, Scored best) {
        String reasons = write(best.score().reasons());
        Optional<LotMatch> existing = matches.findByLotIdAndRecyclerOrganizationId(lot.id(), best.organizationId());
        if (existing.isPresent()) {
            LotMatch m = existing.get();
            matches.update(new LotMatch(m.id(), m.lotId(), m.recyclerOrganizationId(), best.licence().id(),
                    best.score().score(), reasons, m.matchedAt()));
            return;
        }
        matches.save(new LotMatch(null, lot.id(), best.organizationId(), best.licence().id(), best.score().score(), reasons,
                clock.instant()));
        notifications.notify(best.organizationId(), NotificationService.LOT_MATCHED,
                Map.of("lotId", String.valueOf(lot.id()), "lotTitle", lot.title()), lot.id());
    }

    private String licenceNumber(LotMatch match) {
        return licences.ofOrganization(match.recyclerOrganizationId()).stream()
                .filter(l -> l.id() == match.licenceId()).map(LicenceFacts::number).findFirst().orElse("");
    }

    private List<MatchReason> reasons(LotMatch match) {
        try {
            return json.readValue(match.reasons(), io.micronaut.core.type.Argument.listOf(MatchReason.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(List<MatchReason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
