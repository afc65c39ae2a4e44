package io.gerbang.application.port.in.refusal;

/** The account exists but may not hold a session (deactivated). */
public final class AccountInactive extends Refused {

    public AccountInactive() {
        super("AccountInactive");
    }
}
