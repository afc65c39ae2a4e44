package io.gerbang.domain.task;

import io.gerbang.domain.user.UserId;
import java.util.Locale;
import java.util.Objects;

/** What a task room decided about one of its members, for the store to keep and the room to hear. */
public record MemberChange(TaskId task, TaskMember member, Kind kind, UserId by) {

    public enum Kind {
        ADDED(ActivityKind.MEMBER_ADDED),
        UPDATED(ActivityKind.MEMBER_UPDATED),
        REMOVED(ActivityKind.MEMBER_REMOVED);

        private final ActivityKind logged;

        Kind(ActivityKind logged) {
            this.logged = logged;
        }

        /** The activity it is logged as. */
        public ActivityKind logged() {
            return logged;
        }

        /** The word members are told it with ({@code added}). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MemberChange {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
    }

    public boolean added() {
        return kind == Kind.ADDED;
    }
}
