package org.reex.matching;

import org.reex.api.model.LotStatus;
import org.reex.api.model.LotSummary;
import org.reex.api.model.MatchReasonCode;
import org.reex.api.model.MatchResponse;
import org.reex.api.model.MyMatch;
import org.reex.api.model.MyMatchPage;
import org.reex.api.model.WasteCategory;
import org.reex.lot.LotSummaryRow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

final class MatchingMapper {

    private MatchingMapper() {
    }

    static MatchResponse toResponse(MatchingService.RankedMatch ranked) {
        return new MatchResponse(ranked.recycler().id(), ranked.recycler().name(), ranked.recycler().region(),
                ranked.match().licenceId(), ranked.licenceNumber(), ranked.match().score().toPlainString(),
                reasons(ranked.reasons()), utc(ranked.match().matchedAt()));
    }

    static MyMatchPage toResponse(MatchingService.Inbox inbox) {
        MyMatchPage page = new MyMatchPage(inbox.items().stream()
                .map(e -> new MyMatch(summary(e.lot()), e.match().score().toPlainString(), reasons(e.reasons()),
                        utc(e.match().matchedAt())))
                .toList());
        page.setNextCursor(inbox.nextCursor());
        return page;
    }

    private static List<org.reex.api.model.MatchReason> reasons(List<MatchReason> reasons) {
        return reasons.stream().map(r -> new org.reex.api.model.MatchReason(MatchReasonCode.valueOf(r.code()),
                r.points().toPlainString(), r.detail())).toList();
    }

    private static LotSummary summary(LotSummaryRow row) {
        LotSummary summary = new LotSummary(row.id(), row.title(), WasteCategory.valueOf(row.category()),
                row.grossMassKg().toPlainString(), row.containedReeKg().toPlainString(), row.elements(), row.region(),
                LotStatus.valueOf(row.status().name()), row.sellerName(), utc(row.createdAt()));
        summary.setClosesAt(row.closesAt() == null ? null : utc(row.closesAt()));
        if (row.trading() != null) {
            summary.setCurrency(row.trading().currency());
            summary.setCurrentPrice(row.trading().currentPrice() == null ? null : row.trading().currentPrice().toPlainString());
            summary.setBidCount(row.trading().bidCount());
            summary.setWinnerName(row.trading().winnerName());
        }
        return summary;
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
