package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.application.port.in.task.CreateTask;
import io.gerbang.application.port.in.task.NotifyTask;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.in.task.UpdateTask;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.shared.Text;
import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.user.UserId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** The shapes of /tasks: tasks, members, messages (as sockets see them), presence and activity. */
public final class TaskDtos {

    private TaskDtos() {}

    /** POST /tasks: a title and the unit the task belongs to. */
    public record TaskCreateRequest(String title, Long unitId) {
        public CreateTask.Command command(Principal caller) {
            RequestFields inputs = new RequestFields();
            String checked = inputs.ruled("title", title, Task::checkedTitle);
            UnitId unit = inputs.requiredUnitId("unit_id", unitId);
            inputs.check();
            return new CreateTask.Command(caller, checked, unit);
        }
    }

    /** PATCH /tasks/{id}: a new title. */
    public record TaskUpdateRequest(String title) {
        public UpdateTask.Command command(Principal caller, TaskId task) {
            RequestFields inputs = new RequestFields();
            String checked = inputs.ruled("title", title, Task::checkedTitle);
            inputs.check();
            return new UpdateTask.Command(caller, task, checked);
        }
    }

    /** POST /tasks/{id}/members: who, and whether they may comment (the room decides when not said). */
    public record MemberRequest(Long userId, Boolean canComment) {
        public ChangeTaskMembers.Put command(Principal caller, TaskId task) {
            RequestFields inputs = new RequestFields();
            UserId user = inputs.userId("user_id", userId);
            inputs.check();
            return new ChangeTaskMembers.Put(caller, task, user, canComment);
        }
    }

    /** POST /tasks/{id}/messages: by the domain's rules, each of message, attachments, reply_to named when wrong. */
    public record MessageRequest(
            String message, List<com.fasterxml.jackson.databind.JsonNode> attachments, Long replyTo) {
        public PostMessage.Command command(Principal caller, TaskId task) {
            RequestFields inputs = new RequestFields();
            inputs.heldTo("message", message, MessageDraft::checkedText);
            List<Attachment> given =
                    attachments == null ? null : inputs.ruled("attachments", attachments, Attachments::read);
            MessageId reply = inputs.id("reply_to", replyTo, MessageId::new);
            inputs.check();
            return new PostMessage.Command(caller, task, new MessageDraft(message, given, reply));
        }
    }

    /** POST /tasks/{id}/notifications: one line for every member's screen. */
    public record NotificationRequest(String message) {

        public static final int MAX_MESSAGE = 200;

        public NotifyTask.Command command(Principal caller, TaskId task) {
            RequestFields inputs = new RequestFields();
            String line =
                    inputs.ruled("message", message, given -> Text.checkedLine(given, MAX_MESSAGE, "a notification"));
            inputs.check();
            return new NotifyTask.Command(caller, task, line);
        }
    }

    public record TaskDto(long id, String title, long unitId, long ownerId, String createdAt, String updatedAt) {
        public static TaskDto of(Task task) {
            return new TaskDto(
                    task.id().value(),
                    task.title(),
                    task.unitId().value(),
                    task.owner().value(),
                    Times.iso(task.createdAt()),
                    Times.iso(task.updatedAt()));
        }
    }

    public record MemberDto(long userId, boolean isOwner, boolean canComment) {}

    public record TaskDetailDto(
            long id,
            String title,
            long unitId,
            long ownerId,
            String createdAt,
            String updatedAt,
            List<MemberDto> members) {
        public static TaskDetailDto of(TaskRoom room) {
            Task task = room.task();
            return new TaskDetailDto(
                    task.id().value(),
                    task.title(),
                    task.unitId().value(),
                    task.owner().value(),
                    Times.iso(task.createdAt()),
                    Times.iso(task.updatedAt()),
                    room.members().stream()
                            .sorted(Comparator.comparingLong(
                                    member -> member.user().value()))
                            .map(member -> new MemberDto(member.user().value(), member.owner(), member.canComment()))
                            .toList());
        }
    }

    /** The same shape as the {@code message} of a socket's {@code new_message}. */
    public record MessageDto(
            long id,
            long taskId,
            long userId,
            String userName,
            String message,
            List<Object> attachments,
            Long replyTo,
            String createdAt) {
        public static MessageDto of(ChatMessage message) {
            return new MessageDto(
                    message.id().value(),
                    message.task().value(),
                    message.author().value(),
                    message.authorName().value(),
                    message.text(),
                    Attachments.written(message.attachments()),
                    MessageId.valueOf(message.replyTo()),
                    message.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    public record PresentDto(long userId, String userName) {
        public static PresentDto of(PresentUser user) {
            return new PresentDto(user.user().value(), user.userName().value());
        }
    }

    public record ActivityDto(long id, String kind, Long userId, String detail, String createdAt) {
        public static ActivityDto of(ActivityEntry entry) {
            return new ActivityDto(
                    entry.id(),
                    entry.kind().code(),
                    entry.user() == null ? null : entry.user().value(),
                    entry.detail(),
                    Times.iso(entry.at()));
        }
    }
}
