package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** A person may only give roles whose permissions they hold themselves over all of the place (Delegation). */
public final class BeyondOwnGrant extends Refused {

    public BeyondOwnGrant() {
        super("BeyondOwnGrant");
    }
}
