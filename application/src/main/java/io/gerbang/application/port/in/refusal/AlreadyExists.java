package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** Something unique already exists: the same e-mail or identity, role name, or assignment. */
public final class AlreadyExists extends Refused {

    public AlreadyExists() {
        super("AlreadyExists");
    }
}
