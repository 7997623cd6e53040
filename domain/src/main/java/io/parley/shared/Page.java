package io.parley.shared;

import java.util.List;

/** One page of a result: the items, and the total number of matches across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
