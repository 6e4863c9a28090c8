package org.reex.shared.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.ToLongFunction;

/** One page of a keyset-paginated list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only says that another page exists.
     */
    public static <T> Page<T> of(List<T> rowsWithOneExtra, int limit, ToLongFunction<T> id) {
        if (rowsWithOneExtra.size() <= limit) {
            return new Page<>(rowsWithOneExtra, null);
        }
        List<T> items = rowsWithOneExtra.subList(0, limit);
        return new Page<>(List.copyOf(items), Cursor.encodeId(id.applyAsLong(items.get(limit - 1))));
    }
}
