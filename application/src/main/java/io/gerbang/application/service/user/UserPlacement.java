package io.gerbang.application.service.user;

import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;

/**
 * Where the caller may place a user: a unit of the tenant within their scope, or nowhere (tenant-wide) if theirs is.
 */
final class UserPlacement {

    private UserPlacement() {}

    static void ensureMayPlace(Organisation organisation, TenantId tenant, Scope scope, UnitId unitId) {
        boolean allowed = unitId == null
                ? scope.tenantWide()
                : organisation.unit(tenant, unitId).isPresent() && scope.reaches(unitId);
        if (!allowed) {
            throw UnknownPlace.unit();
        }
    }
}
