package io.gerbang.application.port.in.organisation;

import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;

/**
 * Opens a new tenant with its company and its administrator role ({@link NewTenant}). Only the operator does
 * this, at the admin command line: no endpoint and no role reaches it, since a tenant's people never see past
 * their own tenant. A name another tenant has (in any case) is a conflict.
 */
public interface CreateTenant {

    OpenedTenant create(NewTenant tenant);
}
