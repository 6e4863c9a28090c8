package org.reex.custody;

import io.micronaut.core.annotation.Nullable;
import org.reex.api.model.ChainBreak;
import org.reex.api.model.ChainVerification;
import org.reex.api.model.CustodyEvent;
import org.reex.api.model.CustodyEventRequest;
import org.reex.api.model.CustodyEventType;
import org.reex.api.model.CustodyParty;
import org.reex.api.model.CustodyTrail;
import org.reex.api.model.LotStatus;
import org.reex.api.model.ProcessRoute;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Custody between the feature's types and the generated API models. */
final class CustodyMapper {

    private CustodyMapper() {
    }

    static NewCustodyEvent toNew(CustodyEventRequest r) {
        return new NewCustodyEvent(CustodyStep.valueOf(r.getType().getValue()), r.getAt().toInstant(), r.getShippedKg(),
                r.getCarrier(), r.getVehiclePlate(), r.getTransportDocument(), r.getDocumentMismatchReason(), r.getWeighedKg(),
                r.getWeighbridgeTicket(), r.getProcessRoute() == null ? null : r.getProcessRoute().getValue(), r.getStartedOn(),
                r.getEndedOn());
    }

    static CustodyEvent toResponse(CustodyEntry e, String actorName) {
        CustodyEvent event = new CustodyEvent(e.id(), e.lotId(), e.sequence(), CustodyEventType.valueOf(e.type().name()),
                utc(e.occurredAt()), e.actorOrganizationId(), actorName, utc(e.recordedAt()), e.previousHash(), e.hash());
        event.setShippedKg(kg(e.shippedKg()));
        event.setCarrier(e.carrier());
        event.setVehiclePlate(e.vehiclePlate());
        event.setTransportDocument(e.transportDocument());
        event.setDocumentMismatchReason(e.documentMismatchReason());
        event.setWeighedKg(kg(e.weighedKg()));
        event.setWeighbridgeTicket(e.weighbridgeTicket());
        event.setProcessRoute(e.processRoute() == null ? null : ProcessRoute.valueOf(e.processRoute()));
        event.setStartedOn(e.startedOn());
        event.setEndedOn(e.endedOn());
        return event;
    }

    static CustodyTrail toResponse(CustodyTrailView view) {
        CustodyTrail trail = new CustodyTrail(view.lot().id(), LotStatus.valueOf(view.lot().status().name()),
                view.events().stream().map(e -> toResponse(e, view.actorNames().getOrDefault(e.actorOrganizationId(), "—")))
                        .toList(),
                toResponse(view.verification()), view.callerMayRecord());
        trail.setSellerOrganizationId(view.lot().sellerOrganizationId());
        trail.setWinnerOrganizationId(view.lot().winnerOrganizationId());
        trail.setWinnerName(view.winnerName());
        if (view.nextStep() != null) {
            trail.setNextStep(CustodyEventType.valueOf(view.nextStep().name()));
            trail.setNextParty(CustodyParty.valueOf(view.nextStep().party().name()));
        }
        trail.setReportDue(view.lot().status() == org.reex.lot.LotStatus.PROCESSED);
        trail.setCertificateCode(view.lot().certificateCode());
        return trail;
    }

    static ChainVerification toResponse(CustodyVerification v) {
        ChainVerification response = new ChainVerification(v.valid(), v.eventCount(), utc(v.checkedAt()));
        response.setBrokenAtEventId(v.brokenAtEventId());
        response.setBrokenAtSequence(v.brokenAtSequence());
        response.setReason(v.reason() == null ? null : ChainBreak.valueOf(v.reason().name()));
        return response;
    }

    @Nullable
    private static String kg(@Nullable BigDecimal kg) {
        return kg == null ? null : kg.toPlainString();
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
