package org.reex.auction;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.identity.OrganizationService;
import org.reex.matching.MatchingService;
import org.reex.shared.Decimals;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.db.DatabaseFailures;
import org.reex.shared.error.RetryLaterException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.InvalidParam;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.error.ProblemDetail;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bidding. A bid is decided in one short transaction that holds the auction's row lock, with the database's clock
 * as the judge of the close; the same lock serialises bids, cancellation and closing, so none of them can
 * interleave. Every answer is kept under the bidder's idempotency key.
 */
@Singleton
public class BiddingService {

    private static final Logger LOG = LoggerFactory.getLogger(BiddingService.class);

    static final int AMOUNT_SCALE = 4;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private static final TransactionDefinition BID_TRANSACTION = TransactionDefinition.named("bid");
    private static final int BROKEN_CONNECTION_ATTEMPTS = 3;

    private final AuctionRepository auctions;
    private final BidRepository bids;
    private final BidRequestRepository requests;
    private final BidderAliasRepository aliases;
    private final AuctionEventRepository events;
    private final MatchingService matching;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher<AuctionClosed> closings;
    private final ApplicationEventPublisher<LeadLost> leadChanges;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final BidGate gate;

    public BiddingService(AuctionRepository auctions, BidRepository bids, BidRequestRepository requests,
                          BidderAliasRepository aliases, AuctionEventRepository events, MatchingService matching,
                          OrganizationService organizations, ApplicationEventPublisher<AuctionClosed> closings,
                          ApplicationEventPublisher<LeadLost> leadChanges, AuditLog audit, JsonMapper json,
                          TransactionOperations<Connection> transactions, BidGate gate) {
        this.auctions = auctions;
        this.bids = bids;
        this.requests = requests;
        this.aliases = aliases;
        this.events = events;
        this.matching = matching;
        this.organizations = organizations;
        this.closings = closings;
        this.leadChanges = leadChanges;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
        this.gate = gate;
    }

    /**
     * Places a bid in one transaction under READ COMMITTED (ADR 006). The order matters:
     * <ol>
     *   <li>claim the idempotency key: a placeholder row under the key's primary key. A second request with the
     *       same key waits here on the first one's uncommitted row, and once that commits reads its stored answer
     *       (or, if the first is still waiting for the auction past the lock wait timeout, hears 409 "in progress");</li>
     *   <li>a read without the lock refuses bids that are surely too low;</li>
     *   <li>{@code SELECT ... FOR UPDATE} on the auction: from here bids on the lot are serial, and since every
     *       statement reads the latest committed rows (READ COMMITTED, not a snapshot taken at the first read),
     *       the bidder aliases and the auction state are what the previous bid left;</li>
     *   <li>the decision, the writes and the answer stored under the key, committed together.</li>
     * </ol>
     */
    public BidAnswer placeBid(Caller caller, long lotId, String idempotencyKey, @Nullable String rawAmount,
                              @Nullable String rawMax) {
        if (!caller.is(Roles.RECYCLER)) {
            throw new ForbiddenException("Only licensed recyclers bid.");
        }
        Violations violations = new Violations();
        BigDecimal amount = positive(Decimals.parse(rawAmount, "amount", AMOUNT_SCALE, violations), "amount", violations);
        BigDecimal max = rawMax == null || rawMax.isBlank() ? null
                : positive(Decimals.parse(rawMax, "maxAmount", AMOUNT_SCALE, violations), "maxAmount", violations);
        if (amount != null && max != null && max.compareTo(amount) < 0) {
            violations.add("maxAmount", "must be at least the amount");
        }
        violations.throwIfAny();
        BigDecimal scaledAmount = amount.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        BigDecimal scaledMax = max == null ? null : max.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        String hash = hash(lotId, scaledAmount, scaledMax);
        boolean ownTransaction = transactions.findTransactionStatus().isEmpty();
        try (BidGate.Permit permit = gate.enter(lotId)) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return transactions.execute(BID_TRANSACTION, status -> {
                        if (status.isNewTransaction()) {
                            readCommitted(status.getConnection());
                        }
                        return placeBidInTransaction(caller, lotId, idempotencyKey, hash, scaledAmount, scaledMax);
                    });
                } catch (RuntimeException e) {
                    // A pooled connection the database's restart killed: the key makes the bid safe to repeat on a
                    // fresh one (if the lost attempt did commit, the repeat finds its stored answer).
                    if (!ownTransaction || attempt >= BROKEN_CONNECTION_ATTEMPTS || !DatabaseFailures.isBrokenConnection(e)) {
                        throw e;
                    }
                }
            }
        }
    }

    private BidAnswer placeBidInTransaction(Caller caller, long lotId, String idempotencyKey, String hash,
                                            BigDecimal amount, @Nullable BigDecimal max) {
        if (!claim(caller, idempotencyKey, hash)) {
            return replay(caller, idempotencyKey, hash)
                    .orElseThrow(() -> new IllegalStateException("claimed key without an answer: " + idempotencyKey));
        }
        Auction peek = auctions.findById(lotId).orElseThrow(() -> new NotFoundException("No auction for lot " + lotId + "."));
        if (peek.isSealed() && max != null) {
            throw new org.reex.shared.error.InvalidRequestException("maxAmount", "a sealed tender takes no maximum");
        }
        Optional<BidAnswer> tooLow = refuseIfSurelyTooLow(peek, caller, amount, max);
        if (tooLow.isPresent()) {
            return answer(caller, idempotencyKey, tooLow.get());
        }
        boolean eligible = matching.mayBid(caller.organizationId(), lotId);

        Auction auction = auctions.findByIdForUpdate(lotId).orElseThrow();
        Instant now = auctions.databaseNow();
        return answer(caller, idempotencyKey, decide(caller, auction, now, eligible, amount, max));
    }

    /**
     * Inserts the key's placeholder row; false when the key already has a committed answer. A request with the same
     * key still in flight holds the row: this waits for it, up to the lock wait timeout, and then says so.
     */
    private boolean claim(Caller caller, String idempotencyKey, String hash) {
        try {
            return requests.claim(caller.organizationId(), idempotencyKey, hash) == 1;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isLockConflict(e)) {
                throw new RetryLaterException(HttpStatus.CONFLICT, "Bid in progress",
                        "A request with this Idempotency-Key is still being decided; repeat it to get its answer.", 1);
            }
            throw e;
        }
    }

    private BidAnswer answer(Caller caller, String idempotencyKey, BidAnswer answer) {
        requests.answer(caller.organizationId(), idempotencyKey, answer.status(), write(answer));
        return answer;
    }

    /** Applies to this transaction only, so the pooled connection keeps the server's default afterwards. */
    private static void readCommitted(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
        } catch (SQLException e) {
            throw new DataAccessException("could not set the bid transaction's isolation", e);
        }
    }

    /**
     * Refuses, without queueing for the row lock, a bid that is too low even against a state read without the lock:
     * prices and maximums only rise, so what is too low then is too low now. On a hot lot most losing bids end here
     * (bench/bid-throughput.sh), and only bids that may win wait for the lock.
     */
    private Optional<BidAnswer> refuseIfSurelyTooLow(Auction unlocked, Caller caller, BigDecimal amount,
                                                     @Nullable BigDecimal max) {
        if (!Auction.OPEN.equals(unlocked.status())) {
            return Optional.empty();
        }
        ProxyRule.Offer offer = new ProxyRule.Offer(caller.organizationId(), amount, max);
        ProxyRule.Result result = unlocked.isSealed() ? ProxyRule.sealed(unlocked.ruleState(), offer)
                : ProxyRule.english(unlocked.ruleState(), offer, unlocked.reservePrice());
        return result instanceof ProxyRule.TooLow tooLow ? Optional.of(tooLowAnswer(tooLow)) : Optional.empty();
    }

    private static BidAnswer tooLowAnswer(ProxyRule.TooLow tooLow) {
        String reason = tooLow.alreadyLeading()
                ? "you lead already; to raise your maximum, give one of at least " + tooLow.minimum().toPlainString()
                : "must be at least " + tooLow.minimum().toPlainString();
        return refusal(HttpStatus.UNPROCESSABLE_ENTITY, "Bid too low", "amount: " + reason,
                List.of(new InvalidParam(tooLow.alreadyLeading() ? "maxAmount" : "amount", reason)));
    }

    private BidAnswer decide(Caller caller, Auction auction, Instant now, boolean eligible, BigDecimal amount,
                             @Nullable BigDecimal max) {
        if (!Auction.OPEN.equals(auction.status()) || !now.isBefore(auction.closesAt())) {
            return refusal(HttpStatus.CONFLICT, "Auction closed", "This auction closed at " + auction.closesAt() + ".", List.of());
        }
        if (now.isBefore(auction.opensAt())) {
            return refusal(HttpStatus.CONFLICT, "Auction not open yet", "This auction opens at " + auction.opensAt() + ".", List.of());
        }
        if (!eligible) {
            return refusal(HttpStatus.FORBIDDEN, "Not eligible",
                    "Your organization holds no verified licence that allows it to take this lot.", List.of());
        }
        ProxyRule.Offer offer = new ProxyRule.Offer(caller.organizationId(), amount, max);
        ProxyRule.Result result = auction.isSealed() ? ProxyRule.sealed(auction.ruleState(), offer)
                : ProxyRule.english(auction.ruleState(), offer, auction.reservePrice());
        if (result instanceof ProxyRule.TooLow tooLow) {
            return tooLowAnswer(tooLow);
        }
        ProxyRule.Accepted accepted = (ProxyRule.Accepted) result;
        ProxyRule.State next = accepted.state();
        if (accepted.outcome() == ProxyRule.Outcome.RAISED) {
            return next.price().compareTo(auction.currentPrice()) == 0
                    ? raiseMaximum(caller, auction, next, now)
                    : raiseToReserve(caller, auction, next, now);
        }
        Bid bid = bids.save(new Bid(null, auction.lotId(), caller.organizationId(), caller.userId(), amount, max,
                accepted.outcome().name(), next.price(), now));
        aliasFor(auction.lotId(), caller.organizationId());
        boolean leadsNow = next.leaderOrganizationId() != null && next.leaderOrganizationId() == caller.organizationId();
        Long leaderBidId = leadsNow ? bid.id() : auction.leaderBidId();
        Instant closesAt = softCloseAfterPriceChange(auction, now);
        long sequence = auction.sequence() + 1;
        Auction updated = auction.withBid(next, leaderBidId, closesAt, sequenceAfter(auction, closesAt));
        auctions.update(updated);
        publishPriceChange(updated, sequence, closesAt.isAfter(auction.closesAt()), now);
        audit.record(caller.userId(), "BID_PLACED", "lot", auction.lotId(), "bid " + bid.id() + " " + amount.toPlainString());
        Long previousLeader = auction.leaderOrganizationId();
        if (!auction.isSealed() && previousLeader != null && !previousLeader.equals(next.leaderOrganizationId())) {
            leadChanges.publishEvent(new LeadLost(auction.lotId(), previousLeader, next.price(), auction.currency()));
        }
        return new BidAnswer(HttpStatus.CREATED.getCode(), bid.id(), accepted.outcome().name(), view(caller, updated, now), null);
    }

    /**
     * The leader gave a higher maximum. Stored as the leader's own record (outcome RAISED, amount the price it stands
     * at, its new maximum), so that its maximum and its history show it; to everyone else nothing happened: no bid
     * in the history, the same price and bid count, no event, no soft-close extension. Agencies find it in the audit.
     */
    private BidAnswer raiseMaximum(Caller caller, Auction auction, ProxyRule.State next, Instant now) {
        Bid raise = bids.save(new Bid(null, auction.lotId(), caller.organizationId(), caller.userId(), auction.currentPrice(),
                next.leaderMax(), ProxyRule.Outcome.RAISED.name(), auction.currentPrice(), now));
        Auction updated = auction.withLeaderMax(next.leaderMax());
        auctions.update(updated);
        audit.record(caller.userId(), "BID_MAX_RAISED", "lot", auction.lotId(),
                "bid " + raise.id() + " maximum " + next.leaderMax().toPlainString());
        return new BidAnswer(HttpStatus.CREATED.getCode(), raise.id(), ProxyRule.Outcome.LEADING.name(),
                view(caller, updated, now), null);
    }

    /**
     * The leader's raise took its maximum to the reserve the price was below, so the price rises to the reserve
     * (eBay's rule, {@link ProxyRule}). It is still a raise and no bid: it is stored as the leader's own record
     * (outcome RAISED, amount and price after = the reserve it now stands at, never the amount it posted), and the bid
     * count, the leading bid and the history others see stay. But the public price moved, and that is said as any
     * price change is: a price event (reserve met) and, inside the soft-close window, the extension, so that rivals
     * have time to answer. ADR 006.
     */
    private BidAnswer raiseToReserve(Caller caller, Auction auction, ProxyRule.State next, Instant now) {
        Bid raise = bids.save(new Bid(null, auction.lotId(), caller.organizationId(), caller.userId(), next.price(),
                next.leaderMax(), ProxyRule.Outcome.RAISED.name(), next.price(), now));
        Instant closesAt = softCloseAfterPriceChange(auction, now);
        long sequence = auction.sequence() + 1;
        Auction updated = auction.withRaisedPrice(next, closesAt, sequenceAfter(auction, closesAt));
        auctions.update(updated);
        publishPriceChange(updated, sequence, closesAt.isAfter(auction.closesAt()), now);
        audit.record(caller.userId(), "BID_MAX_RAISED", "lot", auction.lotId(), "bid " + raise.id() + " maximum "
                + next.leaderMax().toPlainString() + ", price lifted to the reserve " + next.price().toPlainString());
        return new BidAnswer(HttpStatus.CREATED.getCode(), raise.id(), ProxyRule.Outcome.LEADING.name(),
                view(caller, updated, now), null);
    }

    /** The close after a change of the public price at {@code now}: moved to now + the soft close if that is later. */
    private static Instant softCloseAfterPriceChange(Auction auction, Instant now) {
        Instant softEnd = now.plusSeconds(auction.softCloseSeconds());
        return auction.softCloseSeconds() > 0 && softEnd.isAfter(auction.closesAt()) ? softEnd : auction.closesAt();
    }

    /** The event sequence after a price change: one price event, and one more if the close moved. */
    private static long sequenceAfter(Auction auction, Instant closesAt) {
        return auction.sequence() + (closesAt.isAfter(auction.closesAt()) ? 2 : 1);
    }

    private void publishPriceChange(Auction updated, long sequence, boolean extended, Instant now) {
        publish(updated, sequence, "price", now);
        if (extended) {
            publish(updated, sequence + 1, "extended", now);
        }
    }

    /**
     * Closes up to {@code batch} auctions whose end has passed, each exactly once however many instances run this, and
     * each in a transaction of its own: an auction whose close fails (its row or its log disagreeing with the rules)
     * is rolled back alone, logged and passed over for the rest of this round, so the others close on time regardless.
     * Answers how many closed.
     */
    public int closeDue(int batch) {
        List<Long> failed = new ArrayList<>(List.of(0L));
        int closed = 0;
        while (closed < batch) {
            long[] lotId = {0};
            try {
                boolean any = transactions.executeWrite(status -> {
                    List<Long> due = auctions.lockDueForClosing(failed);
                    if (due.isEmpty()) {
                        return false;
                    }
                    lotId[0] = due.get(0);
                    close(lotId[0], auctions.databaseNow());
                    return true;
                });
                if (!any) {
                    break;
                }
                closed++;
            } catch (RuntimeException e) {
                if (lotId[0] == 0) {
                    throw e;
                }
                failed.add(lotId[0]);
                LOG.error("The auction of lot {} could not be closed; the other due auctions close regardless", lotId[0], e);
            }
        }
        return closed;
    }

    private void close(long lotId, Instant now) {
        Auction auction = auctions.findById(lotId).orElseThrow();
        boolean awarded = auction.leaderOrganizationId() != null && auction.reserveMet();
        String result = awarded ? AuctionClosed.AWARDED : AuctionClosed.NO_SALE;
        long sequence = auction.sequence() + 1;
        Auction closed = auction.closed(result, now, sequence);
        auctions.update(closed);
        publish(closed, sequence, "closed", now);
        audit.record(null, "AUCTION_CLOSED", "lot", lotId, result + (awarded ? " bid " + auction.leaderBidId() : ""));
        closings.publishEvent(new AuctionClosed(lotId, result, awarded ? auction.leaderOrganizationId() : null,
                awarded ? auction.currentPrice() : null, bids.bidders(lotId), now));
    }


    @ReadOnly
    public AuctionView state(Caller caller, long lotId) {
        Auction auction = auctions.findById(lotId).orElseThrow(() -> new NotFoundException("No auction for lot " + lotId + "."));
        return view(caller, auction, auctions.databaseNow());
    }

    @ReadOnly
    public List<BidView> history(Caller caller, long lotId) {
        Auction auction = auctions.findById(lotId).orElseThrow(() -> new NotFoundException("No auction for lot " + lotId + "."));
        boolean closed = !Auction.OPEN.equals(auction.status());
        boolean agency = caller.is(Roles.AGENCY);
        boolean namesVisible = agency || (closed && isSeller(caller, auction));
        Map<Long, Integer> alias = aliases.all(lotId).stream()
                .collect(Collectors.toMap(BidderAliasRepository.Alias::organizationId, BidderAliasRepository.Alias::aliasNumber));
        Map<Long, String> names = namesVisible
                ? alias.keySet().stream().collect(Collectors.toMap(id -> id, id -> organizations.getOrganization(id).name()))
                : Map.of();
        boolean amountsVisible = !auction.isSealed() || closed || agency;
        return bids.history(lotId).stream()
                .filter(bid -> !isRaise(bid) || bid.bidderOrganizationId() == caller.organizationId())
                .map(bid -> {
            boolean mine = bid.bidderOrganizationId() == caller.organizationId();
            String label = namesVisible ? names.get(bid.bidderOrganizationId())
                    : "Bidder " + alias.getOrDefault(bid.bidderOrganizationId(), 0);
            boolean showAmount = amountsVisible || mine;
            return new BidView(bid.id(), label, mine, showAmount ? bid.amount() : null, mine ? bid.maxAmount() : null,
                    showAmount && amountsVisible ? bid.priceAfter() : null, bid.placedAt(),
                    isRaise(bid) ? ProxyRule.Outcome.LEADING.name() : bid.outcome());
        }).toList();
    }

    /** A leader's raise of its own maximum: shown to that bidder only (as leading), to nobody else. */
    private static boolean isRaise(Bid bid) {
        return ProxyRule.Outcome.RAISED.name().equals(bid.outcome());
    }

    private AuctionView view(Caller caller, Auction auction, Instant now) {
        boolean closed = !Auction.OPEN.equals(auction.status()) || !now.isBefore(auction.closesAt());
        // A tender's price is nobody's before the close (agencies oversee the amounts in the bid history instead).
        boolean revealed = !auction.isSealed() || closed;
        String status = closed ? "CLOSED" : now.isBefore(auction.opensAt()) ? "SCHEDULED" : "OPEN";
        boolean leading = revealed && auction.leaderOrganizationId() != null
                && auction.leaderOrganizationId() == caller.organizationId()
                && (!Auction.CLOSED.equals(auction.status()) || AuctionClosed.AWARDED.equals(auction.result()));
        BigDecimal myMax = caller.is(Roles.RECYCLER) ? bids.highestMax(auction.lotId(), caller.organizationId()).orElse(null) : null;
        String winner = AuctionClosed.AWARDED.equals(auction.result()) && auction.leaderOrganizationId() != null
                && (isSeller(caller, auction) || caller.is(Roles.AGENCY) || leading)
                ? organizations.getOrganization(auction.leaderOrganizationId()).name() : null;
        BigDecimal nextMinimum = auction.isSealed() ? auction.startPrice() : ProxyRule.minimumBid(auction.ruleState());
        return new AuctionView(auction.lotId(), auction.auctionType(), status, auction.currency(), auction.startPrice(),
                auction.minIncrement(), revealed ? auction.currentPrice() : null, nextMinimum, leading,
                revealed && auction.reserveMet(), auction.bidCount(), myMax, auction.opensAt(), auction.closesAt(),
                auction.originalClosesAt() != null && auction.closesAt().isAfter(auction.originalClosesAt()),
                auction.result(), winner, now, auction.sequence());
    }

    private static boolean isSeller(Caller caller, Auction auction) {
        return auction.sellerOrganizationId() != null && auction.sellerOrganizationId() == caller.organizationId();
    }

    private void publish(Auction auction, long sequence, String type, Instant at) {
        boolean revealed = !auction.isSealed() || Auction.CLOSED.equals(auction.status());
        String leader = auction.leaderOrganizationId() == null || !revealed ? null
                : "Bidder " + aliases.find(auction.lotId(), auction.leaderOrganizationId()).orElse(0);
        AuctionEventPayload payload = new AuctionEventPayload(sequence, type,
                revealed && auction.currentPrice() != null ? auction.currentPrice().toPlainString() : null, auction.bidCount(),
                auction.closesAt(), revealed && auction.reserveMet(), leader, auction.result(), at);
        events.insert(auction.lotId(), sequence, type, write(payload), at);
    }

    private void aliasFor(long lotId, long organizationId) {
        if (aliases.find(lotId, organizationId).isEmpty()) {
            aliases.insert(lotId, organizationId, aliases.count(lotId) + 1);
        }
    }

    private Optional<BidAnswer> replay(Caller caller, String key, String hash) {
        return requests.find(caller.organizationId(), key).map(stored -> {
            if (!stored.requestHash().equals(hash)) {
                return refusal(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused",
                        "This Idempotency-Key was used for a different bid; use a new key for a new bid.",
                        List.of(new InvalidParam("Idempotency-Key", "was used for a different request")));
            }
            return read(stored.responseBody());
        });
    }

    private static BidAnswer refusal(HttpStatus status, String title, String detail, List<InvalidParam> params) {
        return new BidAnswer(status.getCode(), null, null, null,
                new ProblemDetail("about:blank", title, status.getCode(), detail, params));
    }

    @Nullable
    private static BigDecimal positive(@Nullable BigDecimal value, String field, Violations violations) {
        if (value != null && (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) >= 0)) {
            violations.add(field, "must be greater than 0 and less than 10^12");
            return null;
        }
        return value;
    }

    static String hash(long lotId, BigDecimal amount, @Nullable BigDecimal max) {
        String canonical = lotId + "|" + amount.stripTrailingZeros().toPlainString() + "|"
                + (max == null ? "" : max.stripTrailingZeros().toPlainString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BidAnswer read(String body) {
        try {
            return json.readValue(body, BidAnswer.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
