package io.gerbang.adapters.rest.dto;

/**
 * POST /users/{id}/role-assignments: the role and the node it is given at; the node is named by the id of its
 * level ({@code company_id}, {@code branch_id} or {@code unit_id}).
 */
public record RoleAssignmentRequest(Long roleId, String assignmentLevel, Long companyId, Long branchId, Long unitId) {
}
