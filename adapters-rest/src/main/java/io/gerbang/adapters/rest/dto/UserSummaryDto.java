package io.gerbang.adapters.rest.dto;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.User;

/** A user in a list: who they are and where they belong; the full User (roles, menu) is GET /users/{id}. */
public record UserSummaryDto(
        long id,
        String name,
        String email,
        String userIdentity,
        boolean isActive,
        Long unitId,
        String createdAt,
        String updatedAt) {

    public static UserSummaryDto of(User user) {
        return new UserSummaryDto(
                user.id().value(),
                user.name().value(),
                user.email().value(),
                user.identity().value(),
                user.active(),
                UnitId.valueOf(user.unitId()),
                Times.iso(user.createdAt()),
                Times.iso(user.updatedAt()));
    }
}
