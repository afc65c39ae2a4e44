package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.UserSummaryDto;
import io.gerbang.application.model.Operator;
import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.port.in.user.ListUsers;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list-users",
        description = "Every user of a tenant, or of one home unit, by id: one JSON object a line, as GET /users "
                + "gives each.")
final class ListUsersCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--unit", description = "only the users whose home unit this is")
    private UnitId unit;

    @Override
    public Integer call() {
        Operator operator = tenant.operator();
        return inSession(session -> {
            ListUsers users = session.port(ListUsers.class);
            List<UserSummaryDto> all = new ArrayList<>();
            String cursor = null;
            do {
                PageRequest request = new PageRequest(cursor, PageRequest.MAX_LIMIT);
                Page<User> page = unit == null
                        ? users.list(new ListUsers.Query(operator, request))
                        : users.listInUnit(new ListUsers.InUnit(operator, unit, request));
                page.items().stream().map(UserSummaryDto::of).forEach(all::add);
                cursor = page.hasNext() ? page.nextCursor() : null;
            } while (cursor != null);
            return all;
        });
    }
}
