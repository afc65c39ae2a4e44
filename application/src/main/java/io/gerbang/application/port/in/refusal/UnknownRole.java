package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The role named, by id or by name, is not one of the tenant's. */
public final class UnknownRole extends Refused {

    public UnknownRole() {
        super("UnknownRole");
    }
}
