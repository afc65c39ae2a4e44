package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.UserDto.RoleAssignmentDto;
import io.gerbang.application.model.Operator;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.organisation.ListRoles;
import io.gerbang.application.port.in.refusal.UnknownRole;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "assign-role",
        description = "Give a user a role at a company, branch or unit. Prints the assignment as the API does.")
final class AssignRoleCommand extends AdminSubcommand {

    @Mixin
    private Options.TenantUser target;

    @Option(names = "--role", required = true, description = "the role's id, or its name")
    private String role;

    @Option(
            names = "--level",
            required = true,
            paramLabel = "company|branch|unit",
            description = "where the role holds: company, branch or unit")
    private AssignmentLevel level;

    @Option(names = "--node", required = true, description = "the id of the company, branch or unit")
    private long node;

    @Override
    public Integer call() {
        Operator operator = target.operator();
        UserId user = target.user();
        return inSession(session -> {
            RoleId roleId = roleId(session, operator);
            AssignRole.Command command = switch (level) {
                case COMPANY -> new AssignRole.Command(operator, user, roleId, level, new CompanyId(node), null, null);
                case BRANCH -> new AssignRole.Command(operator, user, roleId, level, null, new BranchId(node), null);
                case UNIT -> new AssignRole.Command(operator, user, roleId, level, null, null, new UnitId(node));
            };
            return RoleAssignmentDto.of(session.port(AssignRole.class).assign(command));
        });
    }

    /** A number is the role's id; anything else its name, which the tenant's roles must have. */
    private RoleId roleId(AdminSession session, Operator operator) {
        if (role.strip().matches("[1-9][0-9]{0,17}")) {
            return new RoleId(Long.parseLong(role.strip()));
        }
        return session.port(ListRoles.class).list(operator).stream()
                .filter(candidate -> candidate.name().equals(role.strip()))
                .map(Role::id)
                .findFirst()
                .orElseThrow(UnknownRole::new);
    }
}
