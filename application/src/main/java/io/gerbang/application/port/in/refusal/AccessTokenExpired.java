package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The access token was genuine but its lifetime is over. */
public final class AccessTokenExpired extends Refused {

    public AccessTokenExpired() {
        super("AccessTokenExpired");
    }
}
