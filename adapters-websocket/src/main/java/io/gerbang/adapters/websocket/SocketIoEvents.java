package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.RoomEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Socket.IO door's events and answers, in seed 001's camelCase (API.md, "Socket.IO task chat"):
 * {@code user_joined} / {@code user_left} {taskId, userId, userName, timestamp}, {@code new_message} {taskId,
 * message} (the message as on {@code /ws}), {@code user_typing} {taskId, userId, userName},
 * {@code user_stopped_typing} {taskId, userId}, and the task's other events as their {@code /ws} data plus
 * {@code taskId}.
 */
final class SocketIoEvents {

    private SocketIoEvents() {}

    /** The Socket.IO EVENT packet (main namespace) of a room event. */
    static String of(RoomEvent event) {
        ArrayNode packet = Frames.JSON.createArrayNode();
        long task = event.task().value();
        ObjectNode data = Frames.JSON.createObjectNode().put("taskId", task);
        if (event instanceof RoomEvent.UserJoined joined) {
            packet.add("user_joined");
            data.put("userId", joined.user().value())
                    .put("userName", joined.userName().value())
                    .put("timestamp", iso(joined.at()));
        } else if (event instanceof RoomEvent.UserLeft left) {
            packet.add("user_left");
            data.put("userId", left.user().value())
                    .put("userName", left.userName().value())
                    .put("timestamp", iso(left.at()));
        } else if (event instanceof RoomEvent.Typing typing) {
            packet.add(typing.started() ? "user_typing" : "user_stopped_typing");
            data.put("userId", typing.user().value());
            if (typing.started()) {
                data.put("userName", typing.userName().value());
            }
        } else if (event instanceof RoomEvent.NewMessage posted) {
            packet.add("new_message");
            Frames.message(data.putObject("message"), posted.message());
        } else {
            // member_changed, task_updated, task_notification: the /ws frame's data, plus taskId
            ObjectNode frame = Frames.node(event);
            packet.add(frame.remove("type").textValue());
            data.setAll(frame);
        }
        packet.add(data);
        if (event instanceof RoomEvent.NewMessage posted) {
            // the offset of connection state recovery: the message's id, which the client sends back on reconnect
            packet.add(Long.toString(posted.message().id().value()));
        }
        return "2" + packet;
    }

    /** A join's answer: who is present. */
    static ObjectNode joined(List<PresentUser> present) {
        ObjectNode answer = Frames.JSON.createObjectNode().put("ok", true);
        ArrayNode users = answer.putArray("users");
        present.forEach(user -> users.addObject()
                .put("userId", user.user().value())
                .put("userName", user.userName().value()));
        return answer;
    }

    static ObjectNode ok() {
        return Frames.JSON.createObjectNode().put("ok", true);
    }

    static ObjectNode refused(String code, String message) {
        return Frames.JSON.createObjectNode().put("ok", false).put("code", code).put("message", message);
    }

    static JsonNode error(String code, String message) {
        return Frames.JSON.createObjectNode().put("message", message).put("code", code);
    }

    private static String iso(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
