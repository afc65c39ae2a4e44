package io.gerbang.application.port.in.refusal;

/** Tenant names are unique whatever their case. */
public final class TenantNameTaken extends Refused {

    public TenantNameTaken() {
        super("TenantNameTaken");
    }
}
