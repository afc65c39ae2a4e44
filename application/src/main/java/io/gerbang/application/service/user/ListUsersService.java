package io.gerbang.application.service.user;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.port.in.user.ListUsers;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.application.service.shared.Paging;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.User;

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
    public Page<User> list(Query query) {
        Caller caller = query.caller();
        PageRequest request = query.page();
        return page(caller.tenant(), guard.scopeFor(caller, Permissions.USERS_READ), request);
    }

    @Override
    public Page<User> listInUnit(InUnit query) {
        Caller caller = query.caller();
        UnitId unitId = query.unitId();
        PageRequest request = query.page();
        return page(
                caller.tenant(), guard.scopeFor(caller, Permissions.USERS_READ).narrowedTo(unitId), request);
    }

    private Page<User> page(TenantId tenant, Scope scope, PageRequest request) {
        return Paging.page(
                cursors,
                request,
                from -> users.page(tenant, scope, from, request.limit() + 1),
                user -> user.id().value());
    }
}
