package io.gerbang.application.port.in.refusal;

/** Something unique already exists: the same e-mail or identity, role name, or assignment. */
public final class AlreadyExists extends Refused {

    public AlreadyExists() {
        super("AlreadyExists");
    }
}
