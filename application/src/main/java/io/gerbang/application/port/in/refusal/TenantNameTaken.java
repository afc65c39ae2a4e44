package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** Tenant names are unique whatever their case. */
public final class TenantNameTaken extends Refused {

    public TenantNameTaken() {
        super("TenantNameTaken");
    }
}
