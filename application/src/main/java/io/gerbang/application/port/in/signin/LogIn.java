package io.gerbang.application.port.in.signin;

import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.PlainPassword;
import java.util.Objects;

/** Signs a person in with a password: a session, or, with two-factor on, a challenge for the second factor. */
public interface LogIn {

    SignInOutcome logIn(Command command);

    /**
     * @param client what the session records of its client (a client may report its own address there)
     * @param from   the address the request came from: what limits count by
     */
    record Command(TenantId tenant, SignInName name, PlainPassword password, ClientInfo client, ClientAddress from) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
            client = client == null ? ClientInfo.unknown() : client;
            from = from == null ? ClientAddress.unknown() : from;
        }

        /** The same sign-in through the client app {@code app}, whose policies the session follows. */
        public Command through(ClientId app) {
            return new Command(tenant, name, password, client.through(app), from);
        }
    }
}
