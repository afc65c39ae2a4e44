package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.application.port.in.user.CreateUser;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.UserIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "create-user", description = "Register an active user. Prints the user as GET /users/{id} gives it.")
final class CreateUserCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--identity", required = true, description = "the user_identity they sign in with")
    private UserIdentity identity;

    @Option(names = "--email", required = true, description = "their e-mail, unique in the tenant")
    private Email email;

    @Option(names = "--name", required = true, description = "their name")
    private DisplayName name;

    @Mixin
    private Options.NewPassword password;

    @Option(names = "--unit", description = "their home unit's id; none for a tenant-wide user")
    private UnitId unit;

    @Override
    public Integer call() {
        return inSession(session -> UserDto.of(session.port(CreateUser.class)
                .create(new CreateUser.Command(
                        tenant.operator(), identity, email, name, password.password(), unit, true))));
    }
}
