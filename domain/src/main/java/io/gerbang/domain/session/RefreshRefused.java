package io.gerbang.domain.session;

import io.gerbang.domain.shared.DomainException;

public class RefreshRefused extends DomainException {

    public RefreshRefused(RefreshVerdict verdict) {
        super("session.refresh." + verdict.name().toLowerCase(), "a session may only rotate from its current token, not when " + verdict);
    }
}
