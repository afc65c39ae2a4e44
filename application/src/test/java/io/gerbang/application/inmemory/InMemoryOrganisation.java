package io.gerbang.application.inmemory;

import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.RoleAssignments;
import io.gerbang.application.port.out.Roles;
import io.gerbang.application.port.out.TenantAdministration;
import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.TenantAdministrators;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's organisation tree (companies, branches, units), its roles and who holds which where, in maps: the
 * stores the access rules read. The last-administrator check reads it as the database does under the tenant's lock
 * (here, this object's).
 */
public final class InMemoryOrganisation implements Organisation, Roles, RoleAssignments, TenantAdministration {

    private record Place(TenantId tenant, String name) {}

    private record Branch(TenantId tenant, CompanyId company, String name) {}

    private record Unit(TenantId tenant, OrgUnit unit, String name) {}

    private record Held(TenantId tenant, RoleAssignment assignment) {}

    private final Map<CompanyId, Place> companies = new LinkedHashMap<>();
    private final Map<BranchId, Branch> branches = new LinkedHashMap<>();
    private final Map<UnitId, Unit> units = new LinkedHashMap<>();
    private final Map<RoleId, Role> roles = new LinkedHashMap<>();
    private final Map<RoleId, TenantId> roleTenants = new LinkedHashMap<>();
    private final List<Held> assignments = new ArrayList<>();
    private final InMemoryUsers users;
    private long lastId;

    public InMemoryOrganisation(InMemoryUsers users) {
        this.users = users;
    }

    public synchronized CompanyId addCompany(TenantId tenant, String name) {
        CompanyId company = new CompanyId(++lastId);
        companies.put(company, new Place(tenant, name));
        return company;
    }

    @Override
    public synchronized Optional<OrgUnit> unit(TenantId tenant, UnitId unitId) {
        return Optional.ofNullable(units.get(unitId))
                .filter(unit -> unit.tenant().equals(tenant))
                .map(Unit::unit);
    }

    @Override
    public synchronized List<OrgUnit> units(TenantId tenant) {
        return units.values().stream()
                .filter(unit -> unit.tenant().equals(tenant))
                .map(Unit::unit)
                .toList();
    }

    @Override
    public synchronized Optional<OrgNode> company(TenantId tenant, CompanyId company) {
        return Optional.ofNullable(companies.get(company))
                .filter(place -> place.tenant().equals(tenant))
                .map(place -> OrgNode.company(company));
    }

    @Override
    public synchronized Optional<OrgNode> branch(TenantId tenant, BranchId branch) {
        return Optional.ofNullable(branches.get(branch))
                .filter(found -> found.tenant().equals(tenant))
                .map(found -> OrgNode.branch(found.company(), branch));
    }

    @Override
    public synchronized Optional<BranchId> addBranch(TenantId tenant, CompanyId company, PlaceName name) {
        if (company(tenant, company).isEmpty()
                || branches.values().stream()
                        .anyMatch(branch -> branch.company().equals(company)
                                && branch.name().equals(name.value()))) {
            return Optional.empty();
        }
        BranchId branch = new BranchId(++lastId);
        branches.put(branch, new Branch(tenant, company, name.value()));
        return Optional.of(branch);
    }

    @Override
    public synchronized Optional<UnitId> addUnit(TenantId tenant, BranchId branch, PlaceName name, UnitCode code) {
        Branch parent = branches.get(branch);
        if (parent == null
                || !parent.tenant().equals(tenant)
                || units.values().stream()
                        .anyMatch(unit -> unit.unit().branchId().equals(branch)
                                && unit.name().equals(name.value()))) {
            return Optional.empty();
        }
        UnitId unit = new UnitId(++lastId);
        units.put(unit, new Unit(tenant, new OrgUnit(unit, branch, parent.company(), code), name.value()));
        return Optional.of(unit);
    }

    @Override
    public synchronized UnitChange changeUnit(TenantId tenant, UnitId unit, PlaceName name, UnitCode code) {
        Unit found = units.get(unit);
        if (found == null || !found.tenant().equals(tenant)) {
            return UnitChange.NO_SUCH_UNIT;
        }
        OrgUnit old = found.unit();
        units.put(unit, new Unit(tenant, new OrgUnit(unit, old.branchId(), old.companyId(), code), name.value()));
        return UnitChange.CHANGED;
    }

    @Override
    public synchronized List<Role> of(TenantId tenant) {
        return roles.values().stream()
                .filter(role -> tenant.equals(roleTenants.get(role.id())))
                .toList();
    }

    @Override
    public synchronized Optional<Role> byId(TenantId tenant, RoleId role) {
        return Optional.ofNullable(roles.get(role)).filter(found -> tenant.equals(roleTenants.get(role)));
    }

    @Override
    public synchronized Optional<Role> add(
            TenantId tenant, String name, String description, Set<Permission> permissions) {
        if (of(tenant).stream().anyMatch(role -> role.name().equalsIgnoreCase(name))) {
            return Optional.empty();
        }
        Role role = new Role(new RoleId(++lastId), name, description, permissions);
        roles.put(role.id(), role);
        roleTenants.put(role.id(), tenant);
        return Optional.of(role);
    }

    @Override
    public Set<Permission> knownPermissions() {
        return Set.of(
                Permissions.SESSIONS_MANAGE,
                Permissions.USERS_READ,
                Permissions.USERS_WRITE,
                Permissions.ROLES_READ,
                Permissions.ROLES_WRITE,
                Permissions.ROLES_ASSIGN,
                Permissions.TASKS_READ,
                Permissions.TASKS_WRITE,
                Permissions.TASKS_MANAGE,
                Permissions.CLIENTS_MANAGE);
    }

    @Override
    public synchronized Optional<AssignmentId> add(TenantId tenant, UserId user, RoleId role, OrgNode node) {
        Role held = byId(tenant, role).orElseThrow();
        if (assignments.stream()
                .anyMatch(known -> known.assignment().user().equals(user)
                        && known.assignment().role().id().equals(role)
                        && known.assignment().node().equals(node))) {
            return Optional.empty();
        }
        AssignmentId id = new AssignmentId(++lastId);
        assignments.add(new Held(
                tenant,
                RoleAssignment.reconstitute(
                        id, user, held, node.level(), node.companyId(), node.branchId(), node.unitId())));
        return Optional.of(id);
    }

    @Override
    public synchronized Optional<RoleAssignment> of(TenantId tenant, UserId user, AssignmentId assignment) {
        return heldBy(tenant, user).stream()
                .filter(held -> held.id().equals(assignment))
                .findFirst();
    }

    @Override
    public synchronized boolean remove(TenantId tenant, UserId user, AssignmentId assignment) {
        return assignments.removeIf(held -> held.tenant().equals(tenant)
                && held.assignment().user().equals(user)
                && held.assignment().id().equals(assignment));
    }

    @Override
    public synchronized TenantAdministrators lockAndRead(TenantId tenant) {
        List<RoleAssignment> atCompany = assignments.stream()
                .filter(held -> held.tenant().equals(tenant))
                .map(Held::assignment)
                .filter(assignment -> assignment.level() == AssignmentLevel.COMPANY)
                .toList();
        List<UserId> active = atCompany.stream()
                .map(RoleAssignment::user)
                .distinct()
                .filter(user -> users.byId(user).filter(User::active).isPresent())
                .toList();
        return new TenantAdministrators(atCompany, active);
    }

    synchronized List<RoleAssignment> heldBy(TenantId tenant, UserId user) {
        return assignments.stream()
                .filter(held ->
                        held.tenant().equals(tenant) && held.assignment().user().equals(user))
                .map(Held::assignment)
                .toList();
    }

    /** An assignment with the names of what it points at, as the profile shows it. */
    synchronized GrantedRole granted(RoleAssignment assignment) {
        Role role = assignment.role();
        Branch branch = assignment.branchId() == null ? null : branches.get(assignment.branchId());
        Unit unit = assignment.unitId() == null ? null : units.get(assignment.unitId());
        return new GrantedRole(
                assignment.id(),
                assignment.level(),
                role.id(),
                role.name(),
                role.description(),
                assignment.companyId(),
                companies.get(assignment.companyId()).name(),
                assignment.branchId(),
                branch == null ? null : branch.name(),
                assignment.unitId(),
                unit == null ? null : unit.name(),
                unit == null ? null : unit.unit().code());
    }

    synchronized UnitCode codeOf(UnitId unit) {
        return unit == null || !units.containsKey(unit)
                ? null
                : units.get(unit).unit().code();
    }
}
