package io.gerbang.application.port.out;

import io.gerbang.domain.access.TenantAdministrators;
import io.gerbang.domain.tenant.TenantId;

/**
 * Who administers a tenant, read under the tenant's administration lock: changes that could take away its last
 * administrator (removing a company-level assignment, deactivating its holder) call this first, inside one
 * {@link Transactions#inOne} with the change, so that two of them run one after the other and the domain's
 * {@link TenantAdministrators} rule decides each on what the other left. The lock is held until that
 * transaction ends; outside one it holds nothing.
 */
public interface TenantAdministration {

    TenantAdministrators lockAndRead(TenantId tenant);
}
