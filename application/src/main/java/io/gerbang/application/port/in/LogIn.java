package io.gerbang.application.port.in;

import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.PlainPassword;
import java.util.Objects;

/** Signs a person in with a password and opens a session. */
public interface LogIn {

    LoginResult logIn(Command command);

    record Command(TenantId tenant, SignInName name, PlainPassword password, ClientInfo client) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
            client = client == null ? ClientInfo.unknown() : client;
        }
    }
}
