package io.gerbang.domain.task;

import io.gerbang.domain.user.UserId;
import java.util.Objects;

/** Somebody who belongs to a task: every member may read it; some may comment; one owns it. */
public record TaskMember(UserId user, boolean owner, boolean canComment) {

    public TaskMember {
        Objects.requireNonNull(user, "user");
        if (owner && !canComment) {
            throw new IllegalArgumentException("the owner of a task may always comment");
        }
    }
}
