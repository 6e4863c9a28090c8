package org.reex.tip;

import org.reex.api.model.DocumentResponseContentType;
import org.reex.api.model.TipLinkedLot;
import org.reex.api.model.TipLinkedOrganization;
import org.reex.api.model.TipPage;
import org.reex.api.model.TipReceipt;
import org.reex.api.model.TipResponse;
import org.reex.api.model.TipStatusResponse;
import org.reex.api.model.TipSummary;
import org.reex.api.model.TipTriageRecord;
import org.reex.shared.web.Page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Tips between the feature's types and the generated API models. */
final class TipMapper {

    private TipMapper() {
    }

    static TipReceipt toReceipt(Tip tip) {
        return new TipReceipt(tip.receiptCode(), status(tip.status()), utc(tip.receivedAt()));
    }

    /** All the public learns of a tip: its status and two dates. */
    static TipStatusResponse toStatus(Tip tip) {
        return new TipStatusResponse(status(tip.status()), utc(tip.receivedAt()), utc(tip.updatedAt()));
    }

    static TipPage toResponse(Page<TipSummaryView> page) {
        TipPage response = new TipPage(page.items().stream().map(TipMapper::toSummary).toList());
        response.setNextCursor(page.nextCursor());
        return response;
    }

    static TipSummary toSummary(TipSummaryView view) {
        Tip t = view.tip();
        TipSummary summary = new TipSummary(t.id(), status(t.status()), about(t.about()), TipService.excerpt(t.description()),
                t.place(), utc(t.observedAt()), utc(t.receivedAt()), utc(t.updatedAt()), view.hasAttachment());
        summary.setOrganizationName(t.organizationName());
        summary.setLotId(t.lotId());
        summary.setSubject(t.subject());
        return summary;
    }

    static TipResponse toResponse(TipView view) {
        Tip t = view.tip();
        TipResponse response = new TipResponse(t.id(), status(t.status()), about(t.about()), t.description(), t.place(),
                utc(t.observedAt()), utc(t.receivedAt()), utc(t.updatedAt()),
                view.organizations().stream().map(o -> new TipLinkedOrganization(o.id(), o.name())).toList(),
                view.lots().stream().map(l -> new TipLinkedLot(l.id(), l.name())).toList(),
                view.triage().stream().map(s -> new TipTriageRecord(status(s.triage().fromStatus()),
                        status(s.triage().toStatus()), s.triage().note(), utc(s.triage().at()), s.byName())).toList());
        response.setOrganizationName(t.organizationName());
        response.setLotId(t.lotId());
        response.setSubject(t.subject());
        response.setContact(t.contact());
        response.setFlagId(view.flagId());
        if (view.attachment() != null) {
            TipAttachmentInfo a = view.attachment();
            response.setAttachment(new org.reex.api.model.TipAttachment(
                    org.reex.shared.Uploads.cleanName(a.fileName(), a.contentType(), "attachment"),
                    DocumentResponseContentType.fromValue(a.contentType()), a.sizeBytes(), a.sha256()));
        }
        return response;
    }

    private static org.reex.api.model.TipStatus status(TipStatus status) {
        return org.reex.api.model.TipStatus.valueOf(status.name());
    }

    private static org.reex.api.model.TipAbout about(TipAbout about) {
        return org.reex.api.model.TipAbout.valueOf(about.name());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
