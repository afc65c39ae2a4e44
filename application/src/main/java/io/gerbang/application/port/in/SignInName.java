package io.gerbang.application.port.in;

import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.UserIdentity;

/** What a person signs in with: their identity number or their e-mail address. */
public sealed interface SignInName {

    record ByIdentity(UserIdentity identity) implements SignInName {
    }

    record ByEmail(Email email) implements SignInName {
    }
}
