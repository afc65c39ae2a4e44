package io.gerbang.application.model;

import java.util.List;

/** One page of a list, with opaque cursors to the pages around it. */
public record Page<T>(
        List<T> items, String nextCursor, String prevCursor, boolean hasNext, boolean hasPrev, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
