package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.lot.LotService;
import org.reex.lot.LotSummaryRow;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Cursor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A recycler's own trading: the lots it watches, and "my bids" — where it stands on every lot it bid on or watches. */
@Singleton
public class TradingService {

    /** "My bids" by standing: not closed yet; won; lost (bid on and not won). */
    public enum Filter { ACTIVE, WON, LOST }

    public record MyBid(LotSummaryRow lot, Auction auction, String auctionStatus, String standing,
                        @Nullable BigDecimal nextMinimumBid, @Nullable BigDecimal myMax, @Nullable Instant lastBidAt,
                        boolean watching) {
    }

    public record MyBids(List<MyBid> items, @Nullable String nextCursor, Instant serverTime) {
    }

    private final MyBidsRepository myBids;
    private final WatchRepository watches;
    private final AuctionRepository auctions;
    private final LotService lots;
    private final Clock clock;

    public TradingService(MyBidsRepository myBids, WatchRepository watches, AuctionRepository auctions, LotService lots,
                          Clock clock) {
        this.myBids = myBids;
        this.watches = watches;
        this.auctions = auctions;
        this.lots = lots;
        this.clock = clock;
    }

    @ReadOnly
    public MyBids mine(Caller caller, @Nullable Filter filter, @Nullable String cursor, int limit) {
        requireRecycler(caller);
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        List<MyBidsRepository.Row> rows = myBids.page(caller.organizationId(), filter, before, limit + 1);
        boolean more = rows.size() > limit;
        List<MyBidsRepository.Row> page = more ? rows.subList(0, limit) : rows;
        List<Long> ids = page.stream().map(MyBidsRepository.Row::lotId).toList();
        Map<Long, LotSummaryRow> summaries = lots.summaries(ids).stream()
                .collect(Collectors.toMap(LotSummaryRow::id, Function.identity()));
        Map<Long, Auction> byLot = ids.isEmpty() ? Map.of() : auctions.findByLotIdIn(ids).stream()
                .collect(Collectors.toMap(Auction::lotId, Function.identity()));
        Instant now = auctions.databaseNow();
        List<MyBid> items = page.stream().filter(r -> summaries.containsKey(r.lotId()) && byLot.containsKey(r.lotId()))
                .map(r -> entry(caller, summaries.get(r.lotId()), byLot.get(r.lotId()), r, now)).toList();
        return new MyBids(items, more ? Cursor.encodeId(page.get(page.size() - 1).lotId()) : null, now);
    }

    @Transactional
    public void watch(Caller caller, long lotId) {
        requireRecycler(caller);
        requireAuction(lotId);
        watches.watch(caller.organizationId(), lotId, clock.instant());
    }

    @Transactional
    public void unwatch(Caller caller, long lotId) {
        requireRecycler(caller);
        requireAuction(lotId);
        watches.unwatch(caller.organizationId(), lotId);
    }

    /** The caller's standing, judged as the auction's own state is: the close by the database's clock. */
    static String standing(long organizationId, Auction auction, boolean bid, boolean closed) {
        boolean leads = auction.leaderOrganizationId() != null && auction.leaderOrganizationId() == organizationId;
        if (!bid) {
            return "WATCHING";
        }
        if (closed) {
            return Auction.CLOSED.equals(auction.status()) && AuctionClosed.AWARDED.equals(auction.result()) && leads
                    ? "WON" : Auction.OPEN.equals(auction.status()) ? (leads ? "LEADING" : "OUTBID") : "LOST";
        }
        if (auction.isSealed()) {
            return "SUBMITTED";
        }
        return leads ? "LEADING" : "OUTBID";
    }

    private MyBid entry(Caller caller, LotSummaryRow lot, Auction auction, MyBidsRepository.Row row, Instant now) {
        boolean closed = !Auction.OPEN.equals(auction.status()) || !now.isBefore(auction.closesAt());
        String status = closed ? "CLOSED" : now.isBefore(auction.opensAt()) ? "SCHEDULED" : "OPEN";
        BigDecimal next = closed ? null : auction.isSealed() ? auction.startPrice() : ProxyRule.minimumBid(auction.ruleState());
        return new MyBid(lot, auction, status, standing(caller.organizationId(), auction, row.myMax() != null, closed), next,
                row.myMax(), row.lastBidAt(), row.watching());
    }

    private static void requireRecycler(Caller caller) {
        if (!caller.is(Roles.RECYCLER)) {
            throw new ForbiddenException("Only recyclers bid and watch lots.");
        }
    }

    private void requireAuction(long lotId) {
        if (auctions.findById(lotId).isEmpty()) {
            throw new NotFoundException("No published lot " + lotId + ".");
        }
    }

    /** An open auction in its last stretch, with the organizations that bid on it or watch it. */
    public record ClosingAuction(long lotId, Instant closesAt, String currency, @Nullable BigDecimal price,
                                 Set<Long> participants) {
    }

    /**
     * Open auctions closing within the window (by the database's clock, as closing is judged), each with its
     * bidders and watchers; the price is left out of sealed tenders. At most 500 auctions, soonest first.
     */
    @ReadOnly
    public List<ClosingAuction> closingWithin(Duration window) {
        Instant now = auctions.databaseNow();
        List<Auction> closing = auctions.closingBetween(now, now.plus(window), 500);
        Map<Long, Set<Long>> participants = watches.participants(closing.stream().map(Auction::lotId).toList());
        return closing.stream().filter(a -> participants.containsKey(a.lotId()))
                .map(a -> new ClosingAuction(a.lotId(), a.closesAt(), a.currency(), a.isSealed() ? null : a.currentPrice(),
                        participants.get(a.lotId())))
                .toList();
    }
}
