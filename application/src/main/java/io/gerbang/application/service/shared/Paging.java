package io.gerbang.application.service.shared;

import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.port.in.refusal.UnreadableCursor;
import io.gerbang.application.port.out.Cursors;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keyset paging shared by every list: the store reads one item more than asked, in the list's own order,
 * after or before a position ("after" meaning further along that order); this turns that into a page with
 * sealed cursors. A cursor that is not ours is an {@link UnreadableCursor}.
 */
public final class Paging {

    private Paging() {}

    public static <T> Page<T> page(
            Cursors cursors,
            PageRequest request,
            Function<Cursors.Position, List<T>> readOneMore,
            ToLongFunction<T> key) {
        Cursors.Position from = request.cursor() == null
                ? null
                : cursors.open(request.cursor()).orElseThrow(() -> new UnreadableCursor());
        List<T> found = readOneMore.apply(from);
        boolean more = found.size() > request.limit();
        boolean backwards = from != null && !from.after();
        List<T> items = !more ? found : backwards ? found.subList(1, found.size()) : found.subList(0, request.limit());
        boolean hasNext = backwards || more;
        boolean hasPrev = backwards ? more : from != null;
        String next = hasNext && !items.isEmpty()
                ? cursors.seal(new Cursors.Position(true, key.applyAsLong(items.get(items.size() - 1))))
                : null;
        String prev = hasPrev && !items.isEmpty()
                ? cursors.seal(new Cursors.Position(false, key.applyAsLong(items.get(0))))
                : null;
        return new Page<>(items, next, prev, hasNext, hasPrev, request.limit());
    }
}
