package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import org.reex.api.model.AuctionStatus;
import org.reex.api.model.AuctionType;
import org.reex.api.model.LotStatus;
import org.reex.api.model.LotSummary;
import org.reex.api.model.MyBid;
import org.reex.api.model.MyBidPage;
import org.reex.api.model.MyBidStanding;
import org.reex.api.model.WasteCategory;
import org.reex.lot.LotSummaryRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

final class TradingMapper {

    private TradingMapper() {
    }

    static MyBidPage toResponse(TradingService.MyBids bids) {
        MyBidPage page = new MyBidPage(bids.items().stream().map(TradingMapper::toResponse).toList(), utc(bids.serverTime()));
        page.setNextCursor(bids.nextCursor());
        return page;
    }

    private static MyBid toResponse(TradingService.MyBid b) {
        Auction a = b.auction();
        boolean hidden = a.isSealed() && !"CLOSED".equals(b.auctionStatus());
        MyBid item = new MyBid(summary(b.lot()), AuctionType.valueOf(a.auctionType()), AuctionStatus.valueOf(b.auctionStatus()),
                a.currency(), a.bidCount(), utc(a.closesAt()), MyBidStanding.valueOf(b.standing()), b.watching());
        item.setCurrentPrice(hidden ? null : plain(a.currentPrice()));
        item.setNextMinimumBid(plain(b.nextMinimumBid()));
        item.setMyMaxAmount(plain(b.myMax()));
        item.setLastBidAt(b.lastBidAt() == null ? null : utc(b.lastBidAt()));
        return item;
    }

    private static LotSummary summary(LotSummaryRow row) {
        LotSummary summary = new LotSummary(row.id(), row.title(), WasteCategory.valueOf(row.category()),
                row.grossMassKg().toPlainString(), row.containedReeKg().toPlainString(), row.elements(), row.region(),
                LotStatus.valueOf(row.status().name()), row.sellerName(), utc(row.createdAt()));
        summary.setClosesAt(row.closesAt() == null ? null : utc(row.closesAt()));
        if (row.trading() != null) {
            summary.setCurrency(row.trading().currency());
            summary.setCurrentPrice(plain(row.trading().currentPrice()));
            summary.setBidCount(row.trading().bidCount());
        }
        return summary;
    }

    @Nullable
    private static String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
