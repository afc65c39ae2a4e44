package io.gerbang.application.model;

import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;

/**
 * Something that happened in a task room, for the members connected to it on every node. {@code origin} is
 * the socket it came from, which does not hear it back ("to the others"); null: everybody in the room.
 */
public sealed interface RoomEvent {

    TaskId task();

    ConnectionId origin();

    record UserJoined(TaskId task, UserId user, DisplayName userName, Instant at, ConnectionId origin)
            implements RoomEvent {}

    record UserLeft(TaskId task, UserId user, DisplayName userName, Instant at, ConnectionId origin)
            implements RoomEvent {}

    record Typing(TaskId task, UserId user, DisplayName userName, boolean started, ConnectionId origin)
            implements RoomEvent {}

    record NewMessage(ChatMessage message) implements RoomEvent {
        public TaskId task() {
            return message.task();
        }

        public ConnectionId origin() {
            return null;
        }
    }

    /** A member was added, changed or removed; a removed member leaves the room at once. */
    record MemberChanged(TaskId task, UserId user, MemberChange.Kind change, boolean canComment, Instant at)
            implements RoomEvent {

        /** As the room decided it; a removed member may do nothing any more. */
        public MemberChanged(MemberChange decided, Instant at) {
            this(
                    decided.task(),
                    decided.member().user(),
                    decided.kind(),
                    decided.kind() != MemberChange.Kind.REMOVED
                            && decided.member().canComment(),
                    at);
        }

        public ConnectionId origin() {
            return null;
        }

        public boolean removed() {
            return change == MemberChange.Kind.REMOVED;
        }
    }

    record TaskUpdated(TaskId task, String title, Instant at) implements RoomEvent {
        public ConnectionId origin() {
            return null;
        }
    }

    record TaskNotification(TaskId task, String message, Instant at) implements RoomEvent {
        public ConnectionId origin() {
            return null;
        }
    }
}
