package org.reex.licence;

import org.reex.api.model.CategoryCapacity;
import org.reex.api.model.LicenceCreateRequest;
import org.reex.api.model.LicenceDecision;
import org.reex.api.model.LicencePage;
import org.reex.api.model.LicenceResponse;
import org.reex.api.model.WasteCategory;
import org.reex.shared.web.Page;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.Instant;

final class LicenceMapper {

    private LicenceMapper() {
    }

    static NewLicence toNew(LicenceCreateRequest r) {
        return new NewLicence(r.getNumber(), r.getIssuingAuthority(),
                r.getCapacities().stream().map(c -> new NewLicence.Capacity(c.getCategory().getValue(), c.getTonnesPerYear())).toList(),
                r.getRegionServed(), r.getMaxHaulKm(), r.getValidFrom().toInstant(), r.getValidTo().toInstant(),
                r.getDischargePermitNumber());
    }

    static LicenceResponse toResponse(LicenceView view) {
        Licence l = view.licence();
        return new LicenceResponse(l.id(), l.organizationId(), view.organizationName(), l.number(), l.issuingAuthority(),
                view.capacities().keySet().stream().map(WasteCategory::valueOf).toList(),
                view.capacities().entrySet().stream()
                        .map(e -> new CategoryCapacity(WasteCategory.valueOf(e.getKey()), e.getValue().toPlainString())).toList(),
                l.regionServed(), l.maxHaulKm(), utc(l.validFrom()), utc(l.validTo()), l.dischargePermitNumber(),
                org.reex.api.model.LicenceStatus.valueOf(view.status().name()), l.documentSha256() != null,
                view.decisions().stream().map(LicenceMapper::toResponse).toList(), utc(l.createdAt()));
    }

    static LicencePage toResponse(Page<LicenceView> page) {
        LicencePage response = new LicencePage(page.items().stream().map(LicenceMapper::toResponse).toList());
        response.setNextCursor(page.nextCursor());
        return response;
    }

    private static org.reex.api.model.LicenceDecisionRecord toResponse(LicenceView.Decision decision) {
        LicenceDecisionRecord d = decision.record();
        org.reex.api.model.LicenceDecisionRecord response = new org.reex.api.model.LicenceDecisionRecord(
                LicenceDecision.valueOf(d.decision()), org.reex.api.model.LicenceStatus.valueOf(d.fromStatus().name()),
                org.reex.api.model.LicenceStatus.valueOf(d.toStatus().name()), decision.decidedByName(), utc(d.decidedAt()));
        response.setReason(d.reason());
        return response;
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
