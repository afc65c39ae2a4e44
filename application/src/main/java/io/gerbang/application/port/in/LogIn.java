package io.gerbang.application.port.in;

import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.PlainPassword;
import java.util.Objects;

/** Signs a person in with a password: a session, or, with two-factor on, a challenge for the second factor. */
public interface LogIn {

    SignInOutcome logIn(Command command);

    record Command(TenantId tenant, SignInName name, PlainPassword password, ClientInfo client) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
            client = client == null ? ClientInfo.unknown() : client;
        }
    }
}
