package io.gerbang.application.service.user;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.model.UserProfile.MenuEntry;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.application.port.out.UserProfiles.Module;
import io.gerbang.application.port.out.UserProfiles.ProfileSource;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds a {@link UserProfile} from what the store holds, applying the domain's scope rule. */
public class ProfileAssembler {

    private final UserProfiles profiles;

    public ProfileAssembler(UserProfiles profiles) {
        this.profiles = profiles;
    }

    /** The profile of a user who must exist; a vanished user means the session is over. */
    public UserProfile profileOf(UserId user) {
        return profiles.of(user).map(ProfileAssembler::assemble).orElseThrow(() -> new SessionEnded());
    }

    public Optional<UserProfile> find(UserId user) {
        return profiles.of(user).map(ProfileAssembler::assemble);
    }

    static UserProfile assemble(ProfileSource source) {
        Set<Permission> permissions = new TreeSet<>();
        for (RoleAssignment assignment : source.assignments()) {
            permissions.addAll(assignment.role().permissions());
        }
        Scope scope = Scope.of(source.assignments(), source.candidateUnits());
        Map<String, List<MenuEntry>> modules = new LinkedHashMap<>();
        for (Module module : source.modules()) {
            if (module.permission() == null || permissions.contains(module.permission())) {
                modules.computeIfAbsent(module.group(), group -> new ArrayList<>())
                        .add(new MenuEntry(module.name(), module.path(), module.icon(), module.description()));
            }
        }
        return new UserProfile(
                source.user(),
                source.tenant(),
                source.namedRoles(),
                permissions,
                scope,
                modules,
                source.assignments(),
                source.candidateUnits(),
                source.homeUnitCode());
    }
}
