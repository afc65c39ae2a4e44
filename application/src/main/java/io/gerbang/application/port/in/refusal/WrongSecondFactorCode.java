package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The two-factor or recovery code proves nothing: wrong, already used, or outside the accepted steps. */
public final class WrongSecondFactorCode extends Refused {

    public WrongSecondFactorCode() {
        super("WrongSecondFactorCode");
    }
}
