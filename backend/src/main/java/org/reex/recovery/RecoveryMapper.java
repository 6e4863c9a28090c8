package org.reex.recovery;

import org.reex.api.model.ProcessRoute;
import org.reex.api.model.ProductForm;
import org.reex.api.model.RecoveryLine;
import org.reex.api.model.RecoveryReportRequest;
import org.reex.api.model.RecoveryReportResponse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;

/** Reports between the feature's types and the generated API models. */
final class RecoveryMapper {

    static final int RATE_SCALE = 6;

    private RecoveryMapper() {
    }

    static NewRecoveryReport toNew(RecoveryReportRequest r) {
        return new NewRecoveryReport(r.getProcessRoute().getValue(), r.getLines().stream()
                .map(l -> new NewRecoveryReport.Line(l.getElement(), l.getRecoveredKg(),
                        l.getProductForm() == null ? null : l.getProductForm().getValue(), l.getPurityPercent()))
                .toList());
    }

    static RecoveryReportResponse toResponse(RecoveryView view) {
        RecoveryReport r = view.report();
        RecoveryReportResponse response = new RecoveryReportResponse(r.id(), r.lotId(), r.recyclerOrganizationId(),
                view.recyclerName(), ProcessRoute.valueOf(r.processRoute()), r.declaredGrossKg().toPlainString(),
                r.receivedKg().toPlainString(), view.lines().stream().map(RecoveryMapper::toLine).toList(),
                r.totalDeclaredKg().toPlainString(), r.totalRecoveredKg().toPlainString(), r.submittedAt().atZone(ZoneOffset.UTC),
                view.certificateCode());
        response.setRecoveryRate(rate(r.totalRecoveredKg(), r.totalDeclaredKg()));
        return response;
    }

    private static RecoveryLine toLine(RecoveryLineRow l) {
        RecoveryLine line = new RecoveryLine(l.element(), l.declaredKg().toPlainString(), l.recoveredKg().toPlainString(),
                ProductForm.valueOf(l.productForm()), l.purityPercent().toPlainString());
        line.setRecoveryRate(rate(l.recoveredKg(), l.declaredKg()));
        return line;
    }

    /** recovered / declared with 6 decimals; absent when nothing was declared. */
    private static String rate(BigDecimal recovered, BigDecimal declared) {
        return declared.signum() == 0 ? null : recovered.divide(declared, RATE_SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
