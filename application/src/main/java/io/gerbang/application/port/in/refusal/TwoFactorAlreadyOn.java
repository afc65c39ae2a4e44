package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** Two-factor sign-in is already on for this person. */
public final class TwoFactorAlreadyOn extends Refused {

    public TwoFactorAlreadyOn() {
        super("TwoFactorAlreadyOn");
    }
}
