package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** Two-factor sign-in is turned on only after a secret was set up. */
public final class TwoFactorNotSetUp extends Refused {

    public TwoFactorNotSetUp() {
        super("TwoFactorNotSetUp");
    }
}
