package org.reex.shared.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every rule a request breaks, so one 400 names all the offending fields at once. */
public final class Violations {

    private final List<InvalidParam> params = new ArrayList<>();

    public void add(String field, String reason) {
        params.add(new InvalidParam(field, reason));
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    public boolean has(String field) {
        return params.stream().anyMatch(p -> p.name().equals(field));
    }

    public void throwIfAny() {
        if (!params.isEmpty()) {
            throw new InvalidRequestException(params);
        }
    }
}
