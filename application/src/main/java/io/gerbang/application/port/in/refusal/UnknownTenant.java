package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.tenant.TenantId;

/** The operator named a tenant that does not exist. */
public final class UnknownTenant extends Refused {

    private final TenantId tenant;

    public UnknownTenant(TenantId tenant) {
        super("UnknownTenant");
        this.tenant = tenant;
    }

    public TenantId tenant() {
        return tenant;
    }
}
