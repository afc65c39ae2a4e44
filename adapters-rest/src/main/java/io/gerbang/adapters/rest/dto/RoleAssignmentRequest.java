package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Caller;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.UserId;
import java.util.Locale;

/**
 * POST /users/{id}/role-assignments: the role and the node it is given at; the node is named by the id of its
 * level ({@code company_id}, {@code branch_id} or {@code unit_id}).
 */
public record RoleAssignmentRequest(Long roleId, String assignmentLevel, Long companyId, Long branchId, Long unitId) {

    public AssignRole.Command command(Caller caller, UserId user) {
        RequestFields inputs = new RequestFields();
        RoleId role = inputs.requiredId("role_id", roleId, RoleId::new);
        AssignmentLevel level = level(inputs);
        if (level != null) {
            Long node = switch (level) {
                case COMPANY -> companyId;
                case BRANCH -> branchId;
                case UNIT -> unitId;
            };
            if (node == null) {
                inputs.problem(level.code() + "_id", FieldErrors.REQUIRED);
            }
        }
        CompanyId company = inputs.id("company_id", companyId, CompanyId::new);
        BranchId branch = inputs.id("branch_id", branchId, BranchId::new);
        UnitId unit = inputs.unitId("unit_id", unitId);
        inputs.check();
        return new AssignRole.Command(caller, user, role, level, company, branch, unit);
    }

    private AssignmentLevel level(RequestFields inputs) {
        if (assignmentLevel == null || assignmentLevel.isEmpty()) {
            inputs.problem("assignment_level", FieldErrors.REQUIRED);
            return null;
        }
        return switch (assignmentLevel.toLowerCase(Locale.ROOT)) {
            case "company" -> AssignmentLevel.COMPANY;
            case "branch" -> AssignmentLevel.BRANCH;
            case "unit" -> AssignmentLevel.UNIT;
            default -> {
                inputs.problem("assignment_level", FieldErrors.INVALID);
                yield null;
            }
        };
    }
}
