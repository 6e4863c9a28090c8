package org.reex.reference;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.ReferenceApi;
import org.reex.api.model.CategoryResponse;
import org.reex.api.model.ElementResponse;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReferenceController implements ReferenceApi {

    private final ReferenceService reference;

    public ReferenceController(ReferenceService reference) {
        this.reference = reference;
    }

    @Override
    public List<ElementResponse> listElements() {
        return reference.elements().stream().map(ReferenceMapper::toResponse).toList();
    }

    @Override
    public List<CategoryResponse> listCategories() {
        return reference.categories().stream().map(ReferenceMapper::toResponse).toList();
    }
}
