package io.gerbang.adapters.rest.dto;

import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.application.port.in.PresentUser;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskRoom;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** The shapes of /tasks: tasks, members, messages (as sockets see them), presence and activity. */
public final class TaskDtos {

    private TaskDtos() {
    }

    public record TaskCreateRequest(String title, Long unitId) {
    }

    public record TaskUpdateRequest(String title) {
    }

    public record MemberRequest(Long userId, Boolean canComment) {
    }

    public record MessageRequest(String message, List<String> attachments, Long replyTo) {
    }

    public record NotificationRequest(String message) {
    }

    public record TaskDto(long id, String title, long unitId, long ownerId, String createdAt, String updatedAt) {
        public static TaskDto of(Task task) {
            return new TaskDto(task.id().value(), task.title(), task.unitId(), task.owner().value(),
                    Times.iso(task.createdAt()), Times.iso(task.updatedAt()));
        }
    }

    public record MemberDto(long userId, boolean isOwner, boolean canComment) {
    }

    public record TaskDetailDto(long id, String title, long unitId, long ownerId, String createdAt, String updatedAt,
                                List<MemberDto> members) {
        public static TaskDetailDto of(TaskRoom room) {
            Task task = room.task();
            return new TaskDetailDto(task.id().value(), task.title(), task.unitId(), task.owner().value(),
                    Times.iso(task.createdAt()), Times.iso(task.updatedAt()), room.members().stream()
                    .sorted(Comparator.comparingLong(member -> member.user().value()))
                    .map(member -> new MemberDto(member.user().value(), member.owner(), member.canComment()))
                    .toList());
        }
    }

    /** The same shape as the {@code message} of a socket's {@code new_message}. */
    public record MessageDto(long id, long taskId, long userId, String userName, String message,
                             List<String> attachments, Long replyTo, String createdAt) {
        public static MessageDto of(ChatMessage message) {
            return new MessageDto(message.id(), message.task().value(), message.author().value(), message.authorName(),
                    message.text(), message.attachments(), message.replyTo(),
                    message.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    public record PresentDto(long userId, String userName) {
        public static PresentDto of(PresentUser user) {
            return new PresentDto(user.user().value(), user.userName());
        }
    }

    public record ActivityDto(long id, String kind, Long userId, String detail, String createdAt) {
        public static ActivityDto of(ActivityEntry entry) {
            return new ActivityDto(entry.id(), entry.kind().code(), entry.user() == null ? null : entry.user().value(),
                    entry.detail(), Times.iso(entry.at()));
        }
    }
}
