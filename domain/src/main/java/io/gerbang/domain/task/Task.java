package io.gerbang.domain.task;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.shared.Text;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A piece of work of one unit of a tenant, with the person who opened it. */
public record Task(
        TaskId id, TenantId tenant, UnitId unitId, String title, UserId owner, Instant createdAt, Instant updatedAt) {

    public static final int MAX_TITLE = 200;

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(unitId, "unitId");
        title = checkedTitle(title);
    }

    /** A title: 1 to 200 printable characters, trimmed. */
    public static String checkedTitle(String title) {
        return Text.checkedLine(title, MAX_TITLE, "a task title");
    }

    public Task retitled(String newTitle, Instant now) {
        return new Task(id, tenant, unitId, newTitle, owner, createdAt, now);
    }
}
