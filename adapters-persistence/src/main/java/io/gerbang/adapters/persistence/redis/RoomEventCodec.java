package io.gerbang.adapters.persistence.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Room events as JSON objects with a {@code kind}, for the wire between the nodes. */
final class RoomEventCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoomEventCodec() {}

    static String encode(RoomEvent event) {
        ObjectNode out = JSON.createObjectNode();
        out.put("task", event.task().value());
        if (event.origin() != null) {
            out.put("origin", event.origin().value());
        }
        if (event instanceof RoomEvent.UserJoined joined) {
            person(out.put("kind", "joined"), joined.user(), joined.userName())
                    .put("at", joined.at().toEpochMilli());
        } else if (event instanceof RoomEvent.UserLeft left) {
            person(out.put("kind", "left"), left.user(), left.userName())
                    .put("at", left.at().toEpochMilli());
        } else if (event instanceof RoomEvent.Typing typing) {
            person(out.put("kind", "typing"), typing.user(), typing.userName()).put("started", typing.started());
        } else if (event instanceof RoomEvent.NewMessage posted) {
            ChatMessage message = posted.message();
            person(out.put("kind", "message"), message.author(), message.authorName())
                    .put("id", message.id().value())
                    .put("text", message.text())
                    .put("at", message.createdAt().toEpochMilli());
            if (message.replyTo() != null) {
                out.put("reply_to", message.replyTo().value());
            }
            var attachments = out.putArray("attachments");
            message.attachments()
                    .forEach(attachment -> attachments.addRawValue(
                            new com.fasterxml.jackson.databind.util.RawValue(attachment.json())));
        } else if (event instanceof RoomEvent.MemberChanged changed) {
            out.put("kind", "member")
                    .put("user", changed.user().value())
                    .put("change", changed.change().code())
                    .put("can_comment", changed.canComment())
                    .put("at", changed.at().toEpochMilli());
        } else if (event instanceof RoomEvent.TaskUpdated updated) {
            out.put("kind", "updated")
                    .put("title", updated.title())
                    .put("at", updated.at().toEpochMilli());
        } else if (event instanceof RoomEvent.TaskNotification notification) {
            out.put("kind", "notification")
                    .put("message", notification.message())
                    .put("at", notification.at().toEpochMilli());
        }
        return out.toString();
    }

    static RoomEvent decode(String text) {
        try {
            JsonNode in = JSON.readTree(text);
            TaskId task = new TaskId(in.path("task").asLong());
            ConnectionId origin =
                    in.hasNonNull("origin") ? new ConnectionId(in.get("origin").asText()) : null;
            UserId user = in.has("user") ? new UserId(in.get("user").asLong()) : null;
            DisplayName name =
                    in.hasNonNull("name") ? new DisplayName(in.get("name").asText()) : null;
            Instant at = Instant.ofEpochMilli(in.path("at").asLong());
            return switch (in.path("kind").asText()) {
                case "joined" -> new RoomEvent.UserJoined(task, user, name, at, origin);
                case "left" -> new RoomEvent.UserLeft(task, user, name, at, origin);
                case "typing" ->
                    new RoomEvent.Typing(task, user, name, in.path("started").asBoolean(), origin);
                case "message" -> {
                    List<Attachment> attachments = new ArrayList<>();
                    // as JSON: a string or an object (a node of an earlier version sent strings only)
                    in.path("attachments")
                            .forEach(attachment -> attachments.add(new Attachment(attachment.toString())));
                    yield new RoomEvent.NewMessage(new ChatMessage(
                            new MessageId(in.path("id").asLong()),
                            task,
                            user,
                            name,
                            in.path("text").asText(),
                            attachments,
                            in.hasNonNull("reply_to")
                                    ? new MessageId(in.get("reply_to").asLong())
                                    : null,
                            at));
                }
                case "member" ->
                    new RoomEvent.MemberChanged(
                            task,
                            user,
                            MemberChange.Kind.valueOf(in.path("change").asText().toUpperCase(java.util.Locale.ROOT)),
                            in.path("can_comment").asBoolean(),
                            at);
                case "updated" ->
                    new RoomEvent.TaskUpdated(task, in.path("title").asText(), at);
                case "notification" ->
                    new RoomEvent.TaskNotification(task, in.path("message").asText(), at);
                default -> throw new IllegalArgumentException("not a room event: " + in.path("kind"));
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new IllegalArgumentException("not a room event", notJson);
        }
    }

    private static ObjectNode person(ObjectNode out, UserId user, DisplayName name) {
        return out.put("user", user.value()).put("name", name.value());
    }
}
