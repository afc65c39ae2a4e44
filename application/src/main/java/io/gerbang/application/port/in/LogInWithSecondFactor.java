package io.gerbang.application.port.in;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.twofactor.SecondFactorCode;
import java.util.Objects;

/** Finishes a sign-in that asked for the second factor: the {@code mfa_token} and a code open the session. */
public interface LogInWithSecondFactor {

    LoginResult logIn(Command command);

    record Command(TenantId tenant, String mfaToken, SecondFactorCode code) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(mfaToken, "mfaToken");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return "Command[" + tenant + ", ****]";
        }
    }
}
