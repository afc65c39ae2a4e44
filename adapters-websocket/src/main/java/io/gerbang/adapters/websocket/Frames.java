package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The JSON frames of the contract: client frames read, server frames written. */
final class Frames {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    private Frames() {}

    /** A client frame, or null when the text is not a JSON object. */
    static JsonNode read(String text) {
        try {
            JsonNode frame = JSON.readTree(text);
            return frame != null && frame.isObject() ? frame : null;
        } catch (JsonProcessingException | RuntimeException notJson) {
            return null;
        }
    }

    static String ack(JsonNode ref) {
        return withRef(JSON.createObjectNode().put("type", "ack"), ref).toString();
    }

    static String ack(JsonNode ref, MessageId message) {
        return withRef(JSON.createObjectNode().put("type", "ack"), ref)
                .put("message_id", message.value())
                .toString();
    }

    static String error(JsonNode ref, String code, String message) {
        return withRef(JSON.createObjectNode().put("type", "error"), ref)
                .put("code", code)
                .put("message", message)
                .toString();
    }

    static String pong(JsonNode ref) {
        return withRef(JSON.createObjectNode().put("type", "pong"), ref).toString();
    }

    static String presence(long task, List<PresentUser> users) {
        ObjectNode frame = JSON.createObjectNode().put("type", "presence").put("task_id", task);
        ArrayNode list = frame.putArray("users");
        users.forEach(user -> list.addObject()
                .put("user_id", user.user().value())
                .put("user_name", user.userName().value()));
        return frame.toString();
    }

    /** The frame every socket in the room gets for an event: written once per node, sent to each. */
    static String of(RoomEvent event) {
        return node(event).toString();
    }

    /** The frame of a room event, as a JSON object (the Socket.IO door reuses its data). */
    static ObjectNode node(RoomEvent event) {
        ObjectNode frame = JSON.createObjectNode();
        long task = event.task().value();
        if (event instanceof RoomEvent.UserJoined joined) {
            frame.put("type", "user_joined")
                    .put("task_id", task)
                    .put("user_id", joined.user().value())
                    .put("user_name", joined.userName().value())
                    .put("timestamp", iso(joined.at()));
        } else if (event instanceof RoomEvent.UserLeft left) {
            frame.put("type", "user_left")
                    .put("task_id", task)
                    .put("user_id", left.user().value())
                    .put("user_name", left.userName().value())
                    .put("timestamp", iso(left.at()));
        } else if (event instanceof RoomEvent.Typing typing) {
            frame.put("type", typing.started() ? "user_typing" : "user_stopped_typing")
                    .put("task_id", task)
                    .put("user_id", typing.user().value())
                    .put("user_name", typing.userName().value());
        } else if (event instanceof RoomEvent.NewMessage posted) {
            frame.put("type", "new_message").put("task_id", task);
            message(frame.putObject("message"), posted.message());
        } else if (event instanceof RoomEvent.MemberChanged changed) {
            frame.put("type", "member_changed")
                    .put("task_id", task)
                    .put("user_id", changed.user().value())
                    .put("change", changed.change().code())
                    .put("can_comment", changed.canComment())
                    .put("timestamp", iso(changed.at()));
        } else if (event instanceof RoomEvent.TaskUpdated updated) {
            frame.put("type", "task_updated")
                    .put("task_id", task)
                    .put("title", updated.title())
                    .put("timestamp", iso(updated.at()));
        } else if (event instanceof RoomEvent.TaskNotification notification) {
            frame.put("type", "task_notification")
                    .put("task_id", task)
                    .put("message", notification.message())
                    .put("timestamp", iso(notification.at()));
        }
        return frame;
    }

    static void message(ObjectNode out, ChatMessage message) {
        out.put("id", message.id().value())
                .put("task_id", message.task().value())
                .put("user_id", message.author().value())
                .put("user_name", message.authorName().value())
                .put("message", message.text());
        ArrayNode attachments = out.putArray("attachments");
        message.attachments()
                .forEach(attachment ->
                        attachments.addRawValue(new com.fasterxml.jackson.databind.util.RawValue(attachment.json())));
        if (message.replyTo() == null) {
            out.putNull("reply_to");
        } else {
            out.put("reply_to", message.replyTo().value());
        }
        out.put("created_at", message.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    private static String iso(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static ObjectNode withRef(ObjectNode frame, JsonNode ref) {
        if (ref != null && !ref.isNull() && !ref.isMissingNode()) {
            frame.set("ref", ref);
        }
        return frame;
    }
}
