package io.parley.shared.adapter.rest;

import io.parley.shared.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, the zero-based page number, the page size and the total number of matches. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
        return new PageResponse<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total());
    }
}
