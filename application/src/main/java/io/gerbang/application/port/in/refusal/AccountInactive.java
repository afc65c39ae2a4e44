package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The account exists but may not hold a session (deactivated). */
public final class AccountInactive extends Refused {

    public AccountInactive() {
        super("AccountInactive");
    }
}
