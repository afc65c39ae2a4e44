package io.gerbang.application.model;

import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * What a chat connection had, kept under its private id so that the client can be put back where it was after a
 * short loss (Socket.IO's connection state recovery): whose it was and the rooms it was in. The private id is a
 * bearer secret of the client's (never printed); the rooms are re-checked when it comes back.
 */
public record RecoverableConnection(String privateId, TenantId tenant, UserId user, Set<TaskId> rooms) {

    public RecoverableConnection {
        Objects.requireNonNull(privateId, "privateId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        rooms = Set.copyOf(rooms);
    }

    /** Whether the caller may take it back: the same person of the same tenant, nobody else. */
    public boolean belongsTo(Principal caller) {
        return tenant.equals(caller.tenant()) && user.equals(caller.user());
    }

    @Override
    public String toString() {
        return "RecoverableConnection[****, " + tenant + ", " + user + ", " + rooms + "]";
    }
}
