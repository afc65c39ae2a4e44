package io.gerbang.adapters.rest.dto;

import io.gerbang.application.model.UserProfile;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's User. No password hash, no secret: there is no field for one. */
public record UserDto(
        long id,
        String name,
        String email,
        String userIdentity,
        TenantDto tenant,
        boolean isActive,
        boolean twoFactorEnabled,
        Long unitId,
        String unitCode,
        String createdAt,
        String updatedAt,
        List<RoleAssignmentDto> roleAssignments,
        int totalRoles,
        List<String> permissions,
        Map<String, List<List<String>>> modules) {

    public record TenantDto(long id, String name, String type) {}

    public record RoleAssignmentDto(
            long assignmentId,
            String assignmentLevel,
            long roleId,
            String roleName,
            String roleDescription,
            Long companyId,
            String companyName,
            Long branchId,
            String branchName,
            Long unitId,
            String unitName,
            String unitCode) {

        public static RoleAssignmentDto of(UserProfile.GrantedRole role) {
            return new RoleAssignmentDto(
                    role.assignment().value(),
                    role.level().code(),
                    role.role().value(),
                    role.roleName(),
                    role.roleDescription(),
                    role.companyId().value(),
                    role.companyName(),
                    BranchId.valueOf(role.branchId()),
                    role.branchName(),
                    UnitId.valueOf(role.unitId()),
                    role.unitName(),
                    UnitCode.valueOf(role.unitCode()));
        }
    }

    public static UserDto of(UserProfile profile) {
        User user = profile.user();
        List<RoleAssignmentDto> roles =
                profile.roles().stream().map(RoleAssignmentDto::of).toList();
        Map<String, List<List<String>>> modules = new LinkedHashMap<>();
        profile.modules().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(group -> modules.put(
                        group.getKey(),
                        group.getValue().stream()
                                .map(entry -> List.of(entry.name(), entry.path(), entry.icon(), entry.description()))
                                .toList()));
        return new UserDto(
                user.id().value(),
                user.name().value(),
                user.email().value(),
                user.identity().value(),
                new TenantDto(
                        profile.tenant().id().value(),
                        profile.tenant().name(),
                        profile.tenant().type().code()),
                user.active(),
                user.twoFactorEnabled(),
                UnitId.valueOf(user.unitId()),
                UnitCode.valueOf(profile.homeUnitCode()),
                Times.iso(user.createdAt()),
                Times.iso(user.updatedAt()),
                roles,
                roles.size(),
                profile.permissions().stream().sorted().map(Permission::name).toList(),
                modules);
    }
}
