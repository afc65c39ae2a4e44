package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.application.port.in.user.UpdateUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "disable-2fa",
        description = "Turn a user's two-factor sign-in off (a lost phone), as PATCH /users/{id} "
                + "{two_factor_enabled:false} does: every session of theirs ends.")
final class DisableTwoFactorCommand extends AdminSubcommand {

    @Mixin
    private Options.TenantUser target;

    @Override
    public Integer call() {
        return inSession(session -> UserDto.of(session.port(UpdateUser.class)
                .update(new UpdateUser.Command(
                        target.operator(), target.user(), null, null, false, null, null, true))));
    }
}
