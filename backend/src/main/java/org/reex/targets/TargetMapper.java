package org.reex.targets;

import org.reex.api.model.TargetList;
import org.reex.api.model.TargetProgress;
import org.reex.api.model.TargetResponse;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;

/** Targets between the feature's types and the generated API models. */
final class TargetMapper {

    private TargetMapper() {
    }

    static TargetList toResponse(List<TargetView> views) {
        return new TargetList(views.stream().map(TargetMapper::toResponse).toList());
    }

    static TargetResponse toResponse(TargetView view) {
        RecoveryTarget t = view.target();
        Progress p = view.progress();
        TargetProgress progress = new TargetProgress(p.achievedKg().toPlainString(), p.declaredKg().toPlainString(),
                p.monthsElapsed().toPlainString(), p.monthsRemaining().toPlainString(), p.asOf().atZone(ZoneOffset.UTC));
        progress.setAchievedRate(plain(p.achievedRate()));
        progress.setShareOfTarget(plain(p.shareOfTarget()));
        progress.setNeededKgPerMonth(plain(p.neededKgPerMonth()));
        progress.setProjectedKg(plain(p.projectedKg()));
        progress.setProjectedShareOfTarget(plain(p.projectedShareOfTarget()));
        TargetResponse response = new TargetResponse(t.id(), t.year(), t.version(), t.createdAt().atZone(ZoneOffset.UTC), progress);
        response.setRegion(t.region().isEmpty() ? null : t.region());
        response.setElement(t.element().isEmpty() ? null : t.element());
        response.setTargetRecoveredKg(plain(t.targetRecoveredKg()));
        response.setTargetRecoveryRate(plain(t.targetRecoveryRate()));
        response.setUpdatedAt(t.updatedAt() == null ? null : t.updatedAt().atZone(ZoneOffset.UTC));
        return response;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
