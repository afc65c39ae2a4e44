package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.application.port.in.user.UpdateUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "reset-password",
        description = "Set a user's password, as PATCH /users/{id} {password} does: every session of theirs ends.")
final class ResetPasswordCommand extends AdminSubcommand {

    @Mixin
    private Options.TenantUser target;

    @Mixin
    private Options.NewPassword password;

    @Override
    public Integer call() {
        return inSession(session -> UserDto.of(session.port(UpdateUser.class)
                .update(new UpdateUser.Command(
                        target.operator(), target.user(), null, null, false, null, password.password(), false))));
    }
}
