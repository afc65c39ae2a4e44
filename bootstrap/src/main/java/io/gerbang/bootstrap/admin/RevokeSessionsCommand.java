package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.session.LogOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "revoke-sessions",
        description = "End every session of a user, on every node: their access tokens are refused from the next "
                + "call and their sockets close. Prints {user_id, sessions_ended}.")
final class RevokeSessionsCommand extends AdminSubcommand {

    @Mixin
    private Options.TenantUser target;

    @Override
    public Integer call() {
        return inSession(session -> new Ended(
                target.user().value(),
                session.port(LogOut.class).logOut(new LogOut.AllSessionsOf(target.operator(), target.user()))));
    }

    record Ended(long userId, int sessionsEnded) {}
}
