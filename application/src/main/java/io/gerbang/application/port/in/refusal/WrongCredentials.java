package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/**
 * No active account of the tenant has this identity and password (or the current password is not this one). Which of
 * the two is never told.
 */
public final class WrongCredentials extends Refused {

    public WrongCredentials() {
        super("WrongCredentials");
    }
}
