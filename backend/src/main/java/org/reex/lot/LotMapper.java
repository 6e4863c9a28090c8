package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import org.reex.shared.Uploads;
import org.reex.api.model.AuctionSettings;
import org.reex.api.model.AuctionType;
import org.reex.api.model.CompositionLine;
import org.reex.api.model.CompositionLineRequest;
import org.reex.api.model.CompositionSource;
import org.reex.api.model.DocumentKind;
import org.reex.api.model.DocumentResponse;
import org.reex.api.model.DocumentResponseContentType;
import org.reex.api.model.Hazard;
import org.reex.api.model.Location;
import org.reex.api.model.LotCreateRequest;
import org.reex.api.model.LotPage;
import org.reex.api.model.LotResponse;
import org.reex.api.model.LotSummary;
import org.reex.api.model.LotUpdateRequest;
import org.reex.api.model.PublishRequest;
import org.reex.api.model.WasteCategory;
import org.reex.auction.Auction;
import org.reex.auction.AuctionService;
import org.reex.reference.ReferenceService;
import org.reex.shared.web.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/** Lots between the generated API models and the lot feature's own types. */
final class LotMapper {

    private LotMapper() {
    }

    static LotDraft toDraft(LotCreateRequest r) {
        return new LotDraft(r.getTitle(), r.getDescription(), r.getCategory().getValue(), r.getGrossMassKg(),
                lines(r.getComposition()), Boolean.TRUE.equals(r.getUseTypicalComposition()), r.getLocation().getRegion(),
                r.getLocation().getLatitude(), r.getLocation().getLongitude(), hazards(r.getHazards()));
    }

    static LotDraft toDraft(LotUpdateRequest r) {
        return new LotDraft(r.getTitle(), r.getDescription(), r.getCategory().getValue(), r.getGrossMassKg(),
                lines(r.getComposition()), false, r.getLocation().getRegion(), r.getLocation().getLatitude(),
                r.getLocation().getLongitude(), hazards(r.getHazards()));
    }

    static AuctionService.Settings toSettings(PublishRequest r) {
        return new AuctionService.Settings(r.getAuctionType() == null ? null : r.getAuctionType().getValue(),
                r.getCurrency(), r.getStartPrice(), r.getReservePrice(), r.getMinIncrement(), instant(r.getOpensAt()),
                instant(r.getClosesAt()), r.getSoftCloseSeconds());
    }

    static LotResponse toResponse(LotView view, ReferenceService reference) {
        Lot lot = view.lot();
        List<CompositionLine> lines = view.composition().stream().map(line -> {
            BigDecimal kg = Contained.metalKg(lot.grossMassKg(), line.fraction());
            BigDecimal factor = reference.element(line.element()).orElseThrow().metalToOxideFactor();
            return new CompositionLine(line.element(), line.fraction().toPlainString(), CompositionSource.valueOf(line.source()),
                    kg.toPlainString(), Contained.oxideKg(kg, factor).toPlainString());
        }).toList();
        LotResponse response = new LotResponse(lot.id(), lot.sellerOrganizationId(), view.sellerName(), lot.title(),
                lot.description(), WasteCategory.valueOf(lot.category()), lot.grossMassKg().toPlainString(), lines,
                lot.containedReeKg().toPlainString(), lot.containedReoKg().toPlainString(),
                new Location(lot.region(), lot.latitude(), lot.longitude()), hazardList(lot.hazards()),
                org.reex.api.model.LotStatus.valueOf(lot.status().name()), lot.version(), view.documentCount(),
                utc(lot.createdAt()), utc(lot.updatedAt()));
        response.setPublishedAt(utc(lot.publishedAt()));
        if (view.showWinner()) {
            response.setWinnerOrganizationId(lot.winnerOrganizationId());
        }
        response.setCertificateCode(lot.certificateCode());
        if (view.auction() != null) {
            response.setAuction(toSettings(view.auction(), view.showReserve()));
        }
        return response;
    }

    static LotPage toResponse(Page<LotSummaryRow> page) {
        LotPage response = new LotPage(page.items().stream().map(LotMapper::toSummary).toList());
        response.setNextCursor(page.nextCursor());
        return response;
    }

    static DocumentResponse toResponse(LotDocumentInfo d) {
        return new DocumentResponse(d.id(), DocumentKind.valueOf(d.kind()),
                Uploads.cleanName(d.fileName(), d.contentType(), "document"),
                DocumentResponseContentType.fromValue(d.contentType()), d.sizeBytes(), d.sha256(), utc(d.uploadedAt()));
    }

    private static LotSummary toSummary(LotSummaryRow row) {
        LotSummary summary = new LotSummary(row.id(), row.title(), WasteCategory.valueOf(row.category()),
                row.grossMassKg().toPlainString(), row.containedReeKg().toPlainString(), row.elements(), row.region(),
                org.reex.api.model.LotStatus.valueOf(row.status().name()), row.sellerName(), utc(row.createdAt()));
        summary.setClosesAt(utc(row.closesAt()));
        if (row.trading() != null) {
            summary.setCurrency(row.trading().currency());
            summary.setCurrentPrice(row.trading().currentPrice() == null ? null : row.trading().currentPrice().toPlainString());
            summary.setBidCount(row.trading().bidCount());
            summary.setWinnerName(row.trading().winnerName());
        }
        return summary;
    }

    private static AuctionSettings toSettings(Auction auction, boolean showReserve) {
        AuctionSettings settings = new AuctionSettings(auction.currency(), auction.startPrice().toPlainString(),
                auction.minIncrement().toPlainString(), utc(auction.opensAt()), utc(auction.closesAt()),
                auction.softCloseSeconds(), AuctionType.valueOf(auction.auctionType()));
        if (showReserve && auction.reservePrice() != null) {
            settings.setReservePrice(auction.reservePrice().toPlainString());
        }
        return settings;
    }

    private static List<LotDraft.Line> lines(@Nullable List<CompositionLineRequest> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().map(l -> new LotDraft.Line(l.getElement(), l.getFraction(),
                l.getSource() == null ? null : l.getSource().getValue())).toList();
    }

    private static List<String> hazards(@Nullable List<Hazard> hazards) {
        return hazards == null ? List.of() : hazards.stream().map(Hazard::getValue).toList();
    }

    private static List<Hazard> hazardList(String stored) {
        return stored.isBlank() ? List.of() : Arrays.stream(stored.split(",")).map(Hazard::valueOf).toList();
    }

    @Nullable
    static ZonedDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }

    @Nullable
    static Instant instant(@Nullable ZonedDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
