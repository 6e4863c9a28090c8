package org.reex.lot;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.auction.Auction;
import org.reex.auction.AuctionClosed;
import org.reex.auction.AuctionService;
import org.reex.notification.NotificationService;
import io.micronaut.runtime.event.annotation.EventListener;
import org.reex.auction.AuctionTerms;
import org.reex.identity.OrganizationService;
import org.reex.reference.Element;
import org.reex.reference.ReferenceService;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Page;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Listing scrap lots: drafts, edits with optimistic versions, publishing with auction settings, cancelling. */
@Singleton
public class LotService {

    private final LotRepository lots;
    private final LotCompositionRepository compositions;
    private final LotDocumentRepository documents;
    private final LotSearchRepository search;
    private final LotValidator validator;
    private final ReferenceService reference;
    private final AuctionService auctions;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher<LotPublished> published;
    private final NotificationService notifications;
    private final Clock clock;

    public LotService(LotRepository lots, LotCompositionRepository compositions, LotDocumentRepository documents,
                      LotSearchRepository search, LotValidator validator, ReferenceService reference,
                      AuctionService auctions, OrganizationService organizations, AuditLog audit,
                      ApplicationEventPublisher<LotPublished> published, NotificationService notifications, Clock clock) {
        this.lots = lots;
        this.compositions = compositions;
        this.documents = documents;
        this.search = search;
        this.validator = validator;
        this.reference = reference;
        this.auctions = auctions;
        this.organizations = organizations;
        this.audit = audit;
        this.published = published;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public LotView create(Caller caller, LotDraft draft) {
        if (!caller.is(Roles.MANUFACTURER)) {
            throw new ForbiddenException("Only manufacturers list lots.");
        }
        ValidLot valid = validator.validate(draft);
        Instant now = clock.instant();
        Totals totals = totals(valid);
        Lot lot = lots.save(new Lot(null, caller.organizationId(), valid.title(), valid.description(), valid.category(),
                valid.grossMassKg(), totals.metal(), totals.oxide(), valid.region(), valid.latitude(), valid.longitude(),
                String.join(",", valid.hazards()), LotStatus.DRAFT, null, 0, now, now, null, null, null, null));
        saveComposition(lot.id(), valid);
        audit.record(caller.userId(), "LOT_CREATED", "lot", lot.id(), null);
        return view(caller, lot);
    }

    @Transactional
    public LotView update(Caller caller, long lotId, LotDraft draft, long expectedVersion) {
        Lot current = lockVisible(caller, lotId);
        LotAccess.requireSeller(caller, current);
        if (current.status() != LotStatus.DRAFT) {
            throw new ConflictException("status", "Only a draft can be edited; this lot is " + current.status() + ".");
        }
        requireVersion(current, expectedVersion);
        ValidLot valid = validator.validate(draft);
        Totals totals = totals(valid);
        Lot updated = lots.update(new Lot(current.id(), current.sellerOrganizationId(), valid.title(), valid.description(),
                valid.category(), valid.grossMassKg(), totals.metal(), totals.oxide(), valid.region(), valid.latitude(),
                valid.longitude(), String.join(",", valid.hazards()), LotStatus.DRAFT, null, current.version(),
                current.createdAt(), clock.instant(), null, null, null, null));
        compositions.deleteByLotId(lotId);
        saveComposition(lotId, valid);
        audit.record(caller.userId(), "LOT_EDITED", "lot", lotId, "version " + updated.version());
        return view(caller, updated);
    }

    @Transactional
    public LotView publish(Caller caller, long lotId, AuctionService.Settings settings, @Nullable Long expectedVersion) {
        Lot current = lockVisible(caller, lotId);
        LotAccess.requireSeller(caller, current);
        if (current.status() != LotStatus.DRAFT) {
            throw new ConflictException("status", "Only a draft can be published; this lot is " + current.status() + ".");
        }
        if (expectedVersion != null) {
            requireVersion(current, expectedVersion);
        }
        Violations violations = new Violations();
        if (compositions.findByLot(lotId).isEmpty()) {
            violations.add("composition", "declare the lot's composition before publishing it");
        }
        AuctionTerms terms = auctions.validate(settings, violations).orElse(null);
        violations.throwIfAny();
        Lot published = lots.update(current.published(terms.closesAt(), clock.instant()));
        auctions.open(lotId, current.sellerOrganizationId(), terms);
        audit.record(caller.userId(), "LOT_PUBLISHED", "lot", lotId, terms.auctionType() + " closing " + terms.closesAt());
        this.published.publishEvent(new LotPublished(lotId));
        return view(caller, published);
    }

    @Transactional
    public LotView cancel(Caller caller, long lotId) {
        Lot current = lockVisible(caller, lotId);
        LotAccess.requireSeller(caller, current);
        if (current.status() != LotStatus.DRAFT && current.status() != LotStatus.OPEN) {
            throw new ConflictException("status", "Only a draft or an open lot can be cancelled; this lot is " + current.status() + ".");
        }
        if (current.status() == LotStatus.OPEN) {
            auctions.cancel(lotId);
        }
        Lot cancelled = lots.update(current.withStatus(LotStatus.CANCELLED, clock.instant()));
        audit.record(caller.userId(), "LOT_CANCELLED", "lot", lotId, "from " + current.status());
        return view(caller, cancelled);
    }

    @ReadOnly
    public LotView get(Caller caller, long lotId) {
        Lot lot = lots.findById(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        LotAccess.requireVisible(caller, lot);
        return view(caller, lot);
    }

    /** Browses lots; "mine" is the caller's organization's lots in every state, else what the caller may see. */
    @ReadOnly
    public Page<LotSummaryRow> browse(Caller caller, boolean mine, LotQuery query) {
        Page<LotSummaryRow> page = search.search(scoped(caller, mine, query));
        return new Page<>(withTrading(page.items(), mine || caller.is(Roles.AGENCY)), page.nextCursor());
    }

    /**
     * Adds each published lot's auction figures; the buyer's name only where the caller may know it (its own lots,
     * or an agency). A sealed tender's price stays hidden until the close, as on the auction itself.
     */
    private List<LotSummaryRow> withTrading(List<LotSummaryRow> rows, boolean buyerVisible) {
        Map<Long, Auction> byLot = auctions.forLots(rows.stream().map(LotSummaryRow::id).toList());
        return rows.stream().map(row -> {
            Auction auction = byLot.get(row.id());
            if (auction == null) {
                return row;
            }
            boolean closed = Auction.CLOSED.equals(auction.status());
            String winner = buyerVisible && closed && AuctionClosed.AWARDED.equals(auction.result())
                    && auction.leaderOrganizationId() != null
                    ? organizations.getOrganization(auction.leaderOrganizationId()).name() : null;
            return row.withTrading(new LotTrading(auction.currency(),
                    auction.isSealed() && !closed ? null : auction.currentPrice(), auction.bidCount(), winner));
        }).toList();
    }

    private LotQuery scoped(Caller caller, boolean mine, LotQuery query) {
        if (query.element() != null && reference.element(query.element()).isEmpty()) {
            throw new InvalidRequestException("element", "must be a rare-earth element symbol (Sc, Y, La to Lu)");
        }
        String element = query.element() == null ? null : reference.element(query.element()).get().symbol();
        return new LotQuery(mine ? Long.valueOf(caller.organizationId()) : null,
                !mine && !caller.is(Roles.AGENCY), query.status(), query.category(), element,
                query.region(), query.minMassKg(), query.maxMassKg(), query.closingBefore(), query.sort(),
                query.cursor(), query.limit());
    }

    /**
     * Follows an auction's close in the same transaction: the lot becomes AWARDED (to the winner, whose capacity
     * this uses) or NO_SALE, and the seller, the winner and the other bidders are told.
     */
    @EventListener
    @Transactional
    void onAuctionClosed(AuctionClosed closed) {
        Lot lot = lots.findByIdForUpdate(closed.lotId()).orElseThrow();
        if (lot.status() != LotStatus.OPEN) {
            return;
        }
        boolean awarded = AuctionClosed.AWARDED.equals(closed.result());
        lots.update(awarded ? lot.awarded(closed.winnerOrganizationId(), closed.closedAt())
                : lot.withStatus(LotStatus.NO_SALE, closed.closedAt()));
        String currency = auctions.forLot(lot.id()).map(Auction::currency).orElse("");
        Map<String, String> params = new java.util.LinkedHashMap<>(Map.of("lotId", String.valueOf(lot.id()),
                "lotTitle", lot.title(), "currency", currency));
        if (closed.price() != null) {
            params.put("price", closed.price().toPlainString());
        }
        Map<String, String> toSeller = new java.util.LinkedHashMap<>(params);
        toSeller.put("result", closed.result());
        notifications.notify(lot.sellerOrganizationId(), NotificationService.AUCTION_CLOSED, toSeller, lot.id());
        for (long bidder : closed.bidderOrganizationIds()) {
            boolean won = awarded && closed.winnerOrganizationId() == bidder;
            notifications.notify(bidder, won ? NotificationService.AUCTION_WON : NotificationService.AUCTION_LOST, params, lot.id());
        }
    }

    /** Only the lot's seller and agencies may go on; anyone else is told the lot does not exist. */
    @ReadOnly
    public void requireSellerOrAgency(Caller caller, long lotId) {
        Lot lot = lots.findById(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        if (!LotAccess.isSeller(caller, lot) && !caller.is(Roles.AGENCY)) {
            throw LotAccess.notFound(lotId);
        }
    }

    @ReadOnly
    public Optional<LotFacts> facts(long lotId) {
        return lots.findById(lotId).map(this::facts);
    }

    @ReadOnly
    public List<LotFacts> openLots() {
        return lots.findByStatus(LotStatus.OPEN).stream().map(this::facts).toList();
    }

    /** Kilograms per category awarded to an organization in [from, to). */
    @ReadOnly
    public Map<String, BigDecimal> awardedKg(long organizationId, Instant from, Instant to) {
        return lots.awardedKgByCategory(organizationId, from, to).stream()
                .collect(Collectors.toMap(LotRepository.CategoryMass::category, LotRepository.CategoryMass::kg));
    }

    /** Browse rows for the given lots, in the order given, leaving out any that do not exist. */
    @ReadOnly
    public List<LotSummaryRow> summaries(List<Long> lotIds) {
        return withTrading(search.byIds(lotIds), false);
    }

    /**
     * Locks the lot (SELECT ... FOR UPDATE, held until the caller's transaction ends) for a custody step or a
     * recovery report, so that steps on one lot happen one at a time. 404 unless the caller may see the lot.
     */
    @Transactional
    public AwardedLot lockAwarded(Caller caller, long lotId) {
        return awarded(lockVisible(caller, lotId));
    }

    /** The lot as custody, recovery and flags see it; 404 unless the caller may see the lot. */
    @ReadOnly
    public AwardedLot awarded(Caller caller, long lotId) {
        Lot lot = lots.findById(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        LotAccess.requireVisible(caller, lot);
        return awarded(lot);
    }

    @ReadOnly
    public Optional<AwardedLot> awarded(long lotId) {
        return lots.findById(lotId).map(this::awarded);
    }

    /** Lots awarded before the instant and not yet RECEIVED: custody that is taking too long. */
    @ReadOnly
    public List<AwardedLot> awardedNotReceived(Instant awardedBefore) {
        return lots.awardedNotReceived(awardedBefore).stream().map(this::awarded).toList();
    }

    /**
     * Moves the lot one custody step on ({@code from} → {@code to}) inside the caller's transaction, which holds the
     * lot's lock ({@link #lockAwarded}); 409 if the lot is no longer at {@code from}.
     */
    @Transactional
    public void advanceCustody(long lotId, LotStatus from, LotStatus to) {
        Lot lot = lots.findByIdForUpdate(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        if (lot.status() != from) {
            throw new ConflictException("status", "The lot is " + lot.status() + ", not " + from + ".");
        }
        lots.update(lot.withStatus(to, clock.instant()));
    }

    /** PROCESSED → CERTIFIED with the certificate's public code, inside the report's transaction. */
    @Transactional
    public void certify(long lotId, String certificateCode) {
        Lot lot = lots.findByIdForUpdate(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        if (lot.status() != LotStatus.PROCESSED) {
            throw new ConflictException("status", "Only a PROCESSED lot can be certified; this lot is " + lot.status() + ".");
        }
        lots.update(lot.certified(certificateCode, clock.instant()));
    }

    private AwardedLot awarded(Lot lot) {
        List<AwardedLot.Declared> declared = compositions.findByLot(lot.id()).stream()
                .map(line -> new AwardedLot.Declared(line.element(), line.fraction())).toList();
        return new AwardedLot(lot.id(), lot.sellerOrganizationId(), lot.winnerOrganizationId(), lot.title(), lot.category(),
                lot.region(), lot.grossMassKg(), lot.status(), lot.awardedAt(), lot.certificateCode(), declared);
    }

    private LotFacts facts(Lot lot) {
        List<LotCompositionLine> lines = compositions.findByLot(lot.id());
        String main = lines.isEmpty() || lines.get(0).fraction().signum() == 0 ? null : lines.get(0).element();
        return new LotFacts(lot.id(), lot.sellerOrganizationId(), lot.title(), lot.category(), lot.grossMassKg(),
                lot.latitude(), lot.longitude(), lot.closesAt(), lot.status(), main);
    }

    private Lot lockVisible(Caller caller, long lotId) {
        Lot lot = lots.findByIdForUpdate(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        LotAccess.requireVisible(caller, lot);
        return lot;
    }

    private static void requireVersion(Lot current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new ConflictException("version", "The lot was changed by someone else (now version "
                    + current.version() + ", you sent " + expectedVersion + "). Reload it and try again.");
        }
    }

    private void saveComposition(long lotId, ValidLot valid) {
        compositions.saveAll(valid.composition().stream()
                .map(line -> new LotCompositionLine(null, lotId, line.element(), line.fraction(), line.source()))
                .toList());
    }

    private Totals totals(ValidLot valid) {
        BigDecimal metal = BigDecimal.ZERO.setScale(Contained.SCALE);
        BigDecimal oxide = BigDecimal.ZERO.setScale(Contained.SCALE);
        for (ValidLot.Line line : valid.composition()) {
            Element element = reference.element(line.element()).orElseThrow();
            BigDecimal kg = Contained.metalKg(valid.grossMassKg(), line.fraction());
            metal = metal.add(kg);
            oxide = oxide.add(Contained.oxideKg(kg, element.metalToOxideFactor()));
        }
        return new Totals(metal, oxide);
    }

    private LotView view(Caller caller, Lot lot) {
        String sellerName = organizations.getOrganization(lot.sellerOrganizationId()).name();
        List<LotCompositionLine> lines = compositions.findByLot(lot.id());
        Auction auction = auctions.forLot(lot.id()).orElse(null);
        boolean showReserve = LotAccess.isSeller(caller, lot) || caller.is(Roles.AGENCY);
        boolean showWinner = showReserve || LotAccess.isWinner(caller, lot);
        return new LotView(lot, sellerName, lines, auction, documents.countByLotId(lot.id()), showReserve, showWinner);
    }

    private record Totals(BigDecimal metal, BigDecimal oxide) {
    }
}
