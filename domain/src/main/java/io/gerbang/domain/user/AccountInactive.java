package io.gerbang.domain.user;

import io.gerbang.domain.shared.DomainException;

public class AccountInactive extends DomainException {

    public AccountInactive() {
        super("account.inactive", "the user account is not active");
    }
}
