package org.reex.monthly;

import org.reex.api.model.MonthlyReportCategoryLine;
import org.reex.api.model.MonthlyReportElementLine;
import org.reex.api.model.MonthlyReportPage;
import org.reex.api.model.MonthlyReportPrefill;
import org.reex.api.model.MonthlyReportPrefillCategory;
import org.reex.api.model.MonthlyReportPrefillElement;
import org.reex.api.model.MonthlyReportRequest;
import org.reex.api.model.MonthlyReportResponse;
import org.reex.api.model.MonthlyReportSummary;
import org.reex.api.model.MonthlyReportVersion;
import org.reex.api.model.MonthlyReportsNotFiled;
import org.reex.api.model.OrganizationRef;
import org.reex.api.model.WasteCategory;
import org.reex.shared.web.Page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** Monthly reports between the feature's types and the generated API models. */
final class MonthlyReportMapper {

    private MonthlyReportMapper() {
    }

    static MonthlyReportService.NewReport fromRequest(MonthlyReportRequest request) {
        List<MonthlyReportService.RawCategory> categories = request.getCategories() == null ? List.of()
                : request.getCategories().stream().map(c -> new MonthlyReportService.RawCategory(
                c.getCategory() == null ? null : c.getCategory().getValue(), c.getOpeningKg(), c.getReceivedKg(),
                c.getProcessedKg(), c.getClosingKg())).toList();
        List<MonthlyReportService.RawElement> elements = request.getElements() == null ? List.of()
                : request.getElements().stream().map(e -> new MonthlyReportService.RawElement(e.getElement(),
                e.getRecoveredKg())).toList();
        return new MonthlyReportService.NewReport(request.getMonth(), request.getCorrectsVersion(), categories, elements,
                request.getNote());
    }

    static MonthlyReportResponse toResponse(MonthlyReportService.ReportView view) {
        MonthlyReport r = view.report();
        MonthlyReportResponse response = new MonthlyReportResponse(r.id(), r.organizationId(), view.organizationName(),
                r.reportMonth(), r.version(), utc(r.filedAt()), view.filedByName(), view.late(),
                view.figures().categories().stream().map(c -> new MonthlyReportCategoryLine(
                        WasteCategory.fromValue(c.category()), c.openingKg().toPlainString(), c.receivedKg().toPlainString(),
                        c.processedKg().toPlainString(), c.closingKg().toPlainString())).toList(),
                view.figures().elements().stream().map(e -> new MonthlyReportElementLine(e.element(),
                        e.recoveredKg().toPlainString())).toList(),
                view.versions().stream().map(v -> new MonthlyReportVersion(v.id(), v.version(), utc(v.filedAt()))).toList());
        response.setNote(r.note());
        return response;
    }

    static MonthlyReportPage toResponse(Page<MonthlyReportService.SummaryView> page) {
        MonthlyReportPage response = new MonthlyReportPage(page.items().stream().map(s -> new MonthlyReportSummary(
                s.report().id(), s.report().organizationId(), s.organizationName(), s.report().reportMonth(),
                s.report().version(), utc(s.report().filedAt()), s.late(), s.receivedKg().toPlainString(),
                s.processedKg().toPlainString(), s.recoveredKg().toPlainString(), (int) s.openFlags())).toList());
        response.setNextCursor(page.nextCursor());
        return response;
    }

    static MonthlyReportPrefill toResponse(MonthlyReportService.Prefill prefill) {
        MonthlyReportPrefill response = new MonthlyReportPrefill(prefill.month(), prefill.dueOn(),
                prefill.categories().stream().map(c -> new MonthlyReportPrefillCategory(WasteCategory.fromValue(c.category()),
                        c.openingKg().toPlainString(), c.receivedKg().toPlainString(), c.processedKg().toPlainString(),
                        c.closingKg().toPlainString(), c.reexReceivedKg().toPlainString(),
                        c.reexProcessedKg().toPlainString())).toList(),
                prefill.elements().stream().map(e -> new MonthlyReportPrefillElement(e.element(),
                        e.recoveredKg().toPlainString(), e.reexRecoveredKg().toPlainString())).toList());
        response.setNewestVersion(prefill.newestVersion());
        response.setNewestReportId(prefill.newestReportId());
        return response;
    }

    static MonthlyReportsNotFiled toResponse(MonthlyReportService.NotFiled notFiled) {
        return new MonthlyReportsNotFiled(notFiled.month(), notFiled.dueOn(), notFiled.organizations().stream()
                .map(o -> new OrganizationRef(o.id(), o.name(), o.region())).toList());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
