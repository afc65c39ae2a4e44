package io.gerbang.application.port.in.signin;

import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.UserIdentity;

/** What a person signs in with: their identity number or their e-mail address. */
public sealed interface SignInName {

    /** The name as typed, for counting failures on a name nobody has. */
    String text();

    record ByIdentity(UserIdentity identity) implements SignInName {
        @Override
        public String text() {
            return identity.value();
        }
    }

    record ByEmail(Email email) implements SignInName {
        @Override
        public String text() {
            return email.value();
        }
    }
}
