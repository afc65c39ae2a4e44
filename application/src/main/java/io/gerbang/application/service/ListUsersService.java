package io.gerbang.application.service;

import io.gerbang.application.port.in.ListUsers;
import io.gerbang.application.port.in.Page;
import io.gerbang.application.port.in.PageRequest;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.User;
import java.util.List;

/** Keyset pages by user id: stable while users are added, and an index range scan whatever the page. */
public class ListUsersService implements ListUsers {

    private final Users users;
    private final Cursors cursors;
    private final AccessGuard guard;

    public ListUsersService(Users users, Cursors cursors, AccessGuard guard) {
        this.users = users;
        this.cursors = cursors;
        this.guard = guard;
    }

    @Override
    public Page<User> list(Principal caller, PageRequest request) {
        Scope scope = guard.scopeFor(caller, Permissions.USERS_READ);
        Cursors.Position from = request.cursor() == null ? null
                : cursors.open(request.cursor()).orElseThrow(() -> new Refused(Refusal.BAD_REQUEST));
        List<User> found = users.page(caller.tenant(), scope, from, request.limit() + 1);
        boolean more = found.size() > request.limit();
        boolean backwards = from != null && !from.after();
        List<User> items = !more ? found : backwards ? found.subList(1, found.size()) : found.subList(0, request.limit());
        boolean hasNext = backwards || more;
        boolean hasPrev = backwards ? more : from != null;
        String next = hasNext && !items.isEmpty()
                ? cursors.seal(new Cursors.Position(true, items.get(items.size() - 1).id().value())) : null;
        String prev = hasPrev && !items.isEmpty()
                ? cursors.seal(new Cursors.Position(false, items.get(0).id().value())) : null;
        return new Page<>(items, next, prev, hasNext, hasPrev, request.limit());
    }
}
