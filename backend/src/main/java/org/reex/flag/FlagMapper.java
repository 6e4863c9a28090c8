package org.reex.flag;

import org.reex.api.model.FlagDecision;
import org.reex.api.model.FlagDecisionRecord;
import org.reex.api.model.FlagPage;
import org.reex.api.model.FlagResponse;
import org.reex.api.model.WasteCategory;
import org.reex.shared.web.Page;

import java.time.ZoneOffset;

/** Flags between the feature's types and the generated API models. */
final class FlagMapper {

    private FlagMapper() {
    }

    static FlagPage toResponse(Page<FlagView> page) {
        FlagPage response = new FlagPage(page.items().stream().map(FlagMapper::toResponse).toList());
        response.setNextCursor(page.nextCursor());
        return response;
    }

    static FlagResponse toResponse(FlagView view) {
        Flag f = view.flag();
        FlagResponse response = new FlagResponse(f.id(), f.region(),
                org.reex.api.model.FlagRule.valueOf(f.rule().name()), org.reex.api.model.FlagStatus.valueOf(f.status().name()),
                view.evidence(), f.createdAt().atZone(ZoneOffset.UTC));
        response.setLotId(f.lotId());
        response.setLotTitle(f.lotTitle());
        response.setCategory(f.category() == null ? null : WasteCategory.valueOf(f.category()));
        response.setRecyclerOrganizationId(f.recyclerOrganizationId());
        response.setRecyclerName(view.recyclerName());
        response.setReportMonth(f.reportMonth());
        response.setOrganizationId(view.organizationId());
        response.setOrganizationName(view.organizationName());
        if (f.decision() != null && f.decidedAt() != null) {
            response.setDecision(new FlagDecisionRecord(FlagDecision.valueOf(f.decision()), f.note(),
                    f.decidedAt().atZone(ZoneOffset.UTC), view.decidedByName()));
        }
        return response;
    }
}
