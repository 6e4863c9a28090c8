package org.reex.lot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.LotsApi;
import org.reex.api.model.LotCreateRequest;
import org.reex.api.model.LotPage;
import org.reex.api.model.LotResponse;
import org.reex.api.model.LotScope;
import org.reex.api.model.LotSort;
import org.reex.api.model.LotUpdateRequest;
import org.reex.api.model.PublishRequest;
import org.reex.api.model.WasteCategory;
import org.reex.reference.ReferenceService;
import org.reex.shared.Decimals;
import org.reex.shared.error.Violations;
import org.reex.shared.security.CurrentCaller;

import java.math.BigDecimal;
import java.time.ZonedDateTime;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LotController implements LotsApi {

    private static final int DEFAULT_LIMIT = 50;

    private final LotService lots;
    private final ReferenceService reference;
    private final CurrentCaller currentCaller;

    public LotController(LotService lots, ReferenceService reference, CurrentCaller currentCaller) {
        this.lots = lots;
        this.reference = reference;
        this.currentCaller = currentCaller;
    }

    @Override
    public HttpResponse<LotResponse> createLot(LotCreateRequest request) {
        LotView created = lots.create(currentCaller.get(), LotMapper.toDraft(request));
        return HttpResponse.created(LotMapper.toResponse(created, reference));
    }

    @Override
    public LotPage listLots(@Nullable LotScope scope, @Nullable org.reex.api.model.LotStatus status,
                            @Nullable WasteCategory category, @Nullable String element, @Nullable String region,
                            @Nullable String minMassKg, @Nullable String maxMassKg, @Nullable ZonedDateTime closingBefore,
                            @Nullable LotSort sort, @Nullable String cursor, @Nullable Integer limit) {
        Violations violations = new Violations();
        BigDecimal min = minMassKg == null ? null : Decimals.parse(minMassKg, "minMassKg", 3, violations);
        BigDecimal max = maxMassKg == null ? null : Decimals.parse(maxMassKg, "maxMassKg", 3, violations);
        violations.throwIfAny();
        LotQuery query = new LotQuery(null, true, status == null ? null : LotStatus.valueOf(status.getValue()),
                category == null ? null : category.getValue(), blankToNull(element), blankToNull(region), min, max,
                LotMapper.instant(closingBefore), sort == null ? LotQuery.Sort.CLOSING_SOON : LotQuery.Sort.valueOf(sort.getValue()),
                cursor, limit == null ? DEFAULT_LIMIT : limit);
        return LotMapper.toResponse(lots.browse(currentCaller.get(), scope == LotScope.MINE, query));
    }

    @Override
    public LotResponse getLot(Long lotId) {
        return LotMapper.toResponse(lots.get(currentCaller.get(), lotId), reference);
    }

    @Override
    public LotResponse updateLot(Long lotId, LotUpdateRequest request) {
        return LotMapper.toResponse(lots.update(currentCaller.get(), lotId, LotMapper.toDraft(request), request.getVersion()),
                reference);
    }

    @Override
    public LotResponse publishLot(Long lotId, PublishRequest request) {
        return LotMapper.toResponse(lots.publish(currentCaller.get(), lotId, LotMapper.toSettings(request), request.getVersion()),
                reference);
    }

    @Override
    public LotResponse cancelLot(Long lotId) {
        return LotMapper.toResponse(lots.cancel(currentCaller.get(), lotId), reference);
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
