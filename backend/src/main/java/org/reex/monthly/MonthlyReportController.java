package org.reex.monthly;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.MonthlyReportsApi;
import org.reex.api.model.MonthlyReportPage;
import org.reex.api.model.MonthlyReportPrefill;
import org.reex.api.model.MonthlyReportRequest;
import org.reex.api.model.MonthlyReportResponse;
import org.reex.api.model.MonthlyReportsNotFiled;
import org.reex.shared.security.CurrentCaller;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MonthlyReportController implements MonthlyReportsApi {

    private static final int DEFAULT_LIMIT = 50;

    private final MonthlyReportService reports;
    private final CurrentCaller currentCaller;

    public MonthlyReportController(MonthlyReportService reports, CurrentCaller currentCaller) {
        this.reports = reports;
        this.currentCaller = currentCaller;
    }

    @Override
    public HttpResponse<MonthlyReportResponse> fileMonthlyReport(MonthlyReportRequest request) {
        return HttpResponse.<MonthlyReportResponse>status(HttpStatus.CREATED)
                .body(MonthlyReportMapper.toResponse(reports.file(currentCaller.get(), MonthlyReportMapper.fromRequest(request))));
    }

    @Override
    public MonthlyReportResponse getMonthlyReport(Long reportId) {
        return MonthlyReportMapper.toResponse(reports.get(currentCaller.get(), reportId));
    }

    @Override
    public MonthlyReportPage listMonthlyReports(@Nullable String month, @Nullable Long organizationId,
                                                @Nullable String cursor, @Nullable Integer limit) {
        return MonthlyReportMapper.toResponse(reports.list(currentCaller.get(), month, organizationId, cursor,
                limit == null ? DEFAULT_LIMIT : limit));
    }

    @Override
    public MonthlyReportsNotFiled listMonthlyReportsNotFiled(String month) {
        return MonthlyReportMapper.toResponse(reports.notFiled(currentCaller.get(), month));
    }

    @Override
    public MonthlyReportPrefill prefillMonthlyReport(String month) {
        return MonthlyReportMapper.toResponse(reports.prefill(currentCaller.get(), month));
    }
}
