package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** No client app has this id (never made, or deleted). */
public final class UnknownClient extends Refused {

    public UnknownClient() {
        super("UnknownClient");
    }
}
