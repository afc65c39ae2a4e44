package io.gerbang.application.port.in.refusal;

/** Two-factor sign-in is not on for this person. */
public final class TwoFactorNotOn extends Refused {

    public TwoFactorNotOn() {
        super("TwoFactorNotOn");
    }
}
