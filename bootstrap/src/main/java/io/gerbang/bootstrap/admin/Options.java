package io.gerbang.bootstrap.admin;

import io.gerbang.application.model.Operator;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;
import picocli.CommandLine.Option;

/** The options several commands share, as picocli mixins. */
final class Options {

    private Options() {}

    /** {@code --tenant}: the tenant the operator acts on. */
    static final class Tenant {
        @Option(names = "--tenant", required = true, description = "the tenant's id")
        private TenantId tenant;

        Operator operator() {
            return new Operator(tenant);
        }
    }

    /** {@code --tenant} and {@code --user}: one user of one tenant. */
    static final class TenantUser {
        @Option(names = "--tenant", required = true, description = "the tenant's id")
        private TenantId tenant;

        @Option(names = "--user", required = true, description = "the user's id (list-users shows them)")
        private UserId user;

        Operator operator() {
            return new Operator(tenant);
        }

        UserId user() {
            return user;
        }
    }

    /** {@code --password}: a new password, given or asked for. */
    static final class NewPassword {
        @Option(
                names = "--password",
                required = true,
                interactive = true,
                arity = "0..1",
                description = "at least 6 characters, at most 72 bytes; give --password alone to be asked for it")
        private PlainPassword password;

        PlainPassword password() {
            return password;
        }
    }
}
