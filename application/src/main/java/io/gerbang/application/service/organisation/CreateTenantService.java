package io.gerbang.application.service.organisation;

import io.gerbang.application.port.in.organisation.CreateTenant;
import io.gerbang.application.port.in.refusal.TenantNameTaken;
import io.gerbang.application.port.out.Roles;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;

public class CreateTenantService implements CreateTenant {

    private final Tenants tenants;
    private final Roles roles;

    public CreateTenantService(Tenants tenants, Roles roles) {
        this.tenants = tenants;
        this.roles = roles;
    }

    @Override
    public OpenedTenant create(NewTenant tenant) {
        return tenants.open(tenant, roles.knownPermissions()).orElseThrow(() -> new TenantNameTaken());
    }
}
