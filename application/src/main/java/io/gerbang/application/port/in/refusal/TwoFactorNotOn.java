package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** Two-factor sign-in is not on for this person. */
public final class TwoFactorNotOn extends Refused {

    public TwoFactorNotOn() {
        super("TwoFactorNotOn");
    }
}
