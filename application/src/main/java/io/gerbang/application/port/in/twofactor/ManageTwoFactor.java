package io.gerbang.application.port.in.twofactor;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.twofactor.SecondFactorCode;
import java.util.List;
import java.util.Objects;

/**
 * A person's own two-factor: set up a secret, turn it on with a first code (getting recovery codes), turn it
 * off with a code. Turning it on or off ends every other session of theirs.
 */
public interface ManageTwoFactor {

    /** A new secret awaiting its first code (replacing an unconfirmed one); refused when two-factor is on. */
    Enrolment setUp(Principal caller);

    /** Turns it on with a code of the pending secret: the recovery codes, shown this once. */
    List<String> enable(Enable query);

    /** Turns it off with a TOTP or a recovery code. */
    void disable(Disable query);

    record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[****]";
        }
    }

    record Enable(Principal caller, SecondFactorCode.TotpCode code) {

        public Enable {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(code, "code");
        }
    }

    record Disable(Principal caller, SecondFactorCode code) {

        public Disable {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(code, "code");
        }
    }
}
