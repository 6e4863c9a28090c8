package org.reex.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.StatsApi;
import org.reex.api.model.MassBasis;
import org.reex.api.model.PriceStats;
import org.reex.api.model.RecoveryStats;
import org.reex.api.model.StatsGroupKey;
import org.reex.api.model.StatsOverview;
import org.reex.api.model.WasteCategory;
import org.reex.shared.security.CurrentCaller;

import java.util.List;

/**
 * Statistics. {@code Accept: text/csv} on /stats/recovery is served by {@link RecoveryStatsCsvMapper}, which
 * writes the same {@link RecoveryStats} as CSV.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatsController implements StatsApi {

    private final StatsService stats;
    private final CurrentCaller currentCaller;

    public StatsController(StatsService stats, CurrentCaller currentCaller) {
        this.stats = stats;
        this.currentCaller = currentCaller;
    }

    @Override
    public RecoveryStats getRecoveryStats(String from, String to, @Nullable List<StatsGroupKey> groupBy,
                                          @Nullable MassBasis basis, @Nullable List<String> element,
                                          @Nullable String region, @Nullable WasteCategory category,
                                          @Nullable Long recyclerId, @Nullable Long sellerId) {
        return StatsMapper.toResponse(stats.recovery(currentCaller.get(), from, to, StatsMapper.toGroupKeys(groupBy),
                basis == MassBasis.OXIDE, element, region, category == null ? null : category.getValue(), recyclerId,
                sellerId));
    }

    @Override
    public StatsOverview getStatsOverview(String from, String to) {
        return StatsMapper.toResponse(stats.overview(currentCaller.get(), from, to));
    }

    @Override
    public PriceStats getPriceStats(String from, String to, @Nullable WasteCategory category) {
        return StatsMapper.toResponse(stats.prices(currentCaller.get(), from, to, category == null ? null : category.getValue()));
    }
}
