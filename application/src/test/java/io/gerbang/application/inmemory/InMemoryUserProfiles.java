package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** A person's profile as the stores hold it now: no cache, so every change shows at once. */
public final class InMemoryUserProfiles implements UserProfiles {

    private final InMemoryUsers users;
    private final InMemoryTenants tenants;
    private final InMemoryOrganisation organisation;

    public InMemoryUserProfiles(InMemoryUsers users, InMemoryTenants tenants, InMemoryOrganisation organisation) {
        this.users = users;
        this.tenants = tenants;
        this.organisation = organisation;
    }

    @Override
    public Optional<ProfileSource> of(UserId id) {
        return users.byId(id)
                .flatMap(user -> tenants.byId(user.tenant()).map(tenant -> {
                    var held = organisation.heldBy(user.tenant(), user.id());
                    return new ProfileSource(
                            user,
                            tenant,
                            held,
                            held.stream().map(organisation::granted).toList(),
                            organisation.units(user.tenant()),
                            List.of(),
                            organisation.codeOf(user.unitId()));
                }));
    }
}
