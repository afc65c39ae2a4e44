package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/**
 * A client app at a standard endpoint that could not be recognised: no client id, an unknown one or one of another
 * tenant, a wrong or missing secret, or a public client where only a confidential one may come (RFC 6749's
 * {@code invalid_client}).
 */
public final class ClientUnproven extends Refused {

    public ClientUnproven() {
        super("ClientUnproven");
    }
}
