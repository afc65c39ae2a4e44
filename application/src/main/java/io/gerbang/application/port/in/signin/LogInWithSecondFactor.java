package io.gerbang.application.port.in.signin;

import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.twofactor.ChallengeToken;
import io.gerbang.domain.twofactor.SecondFactorCode;
import java.util.Objects;

/** Finishes a sign-in that asked for the second factor: the {@code mfa_token} and a code open the session. */
public interface LogInWithSecondFactor {

    LoginResult logIn(Command command);

    /** @param from the address the request came from: what limits count by */
    record Command(TenantId tenant, ChallengeToken mfaToken, SecondFactorCode code, ClientAddress from) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(mfaToken, "mfaToken");
            Objects.requireNonNull(code, "code");
            from = from == null ? ClientAddress.unknown() : from;
        }

        @Override
        public String toString() {
            return "Command[" + tenant + ", ****, " + from + "]";
        }
    }
}
