package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.Unavailable;
import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connection of the task chat: authenticates it, then turns each client frame into a use case call. */
public final class ChatEndpoint extends Endpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ChatEndpoint.class);

    private final ChatCommands commands;
    private final ChatRooms rooms;
    private final ChatLimits limits;
    private final Predicate<String> origins;
    private final Clock clock;
    private final Executor handlers;
    private final RawFrames raw;
    private WsSocket socket;

    ChatEndpoint(
            ChatCommands commands,
            ChatRooms rooms,
            ChatLimits limits,
            Predicate<String> origins,
            Clock clock,
            Executor handlers,
            RawFrames raw) {
        this.commands = commands;
        this.raw = raw;
        this.rooms = rooms;
        this.limits = limits;
        this.origins = origins;
        this.clock = clock;
        this.handlers = handlers;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        Handshake handshake = Handshake.of(config);
        // the server's WebSocket edge closes a message over maxFrameBytes with 1009 before it gets here;
        // Tyrus's own check (which counts a little differently) must not refuse one of exactly that size
        session.setMaxTextMessageBufferSize(limits.maxFrameBytes() + 1);
        socket = new WsSocket(
                new ConnectionId(UUID.randomUUID().toString()),
                session,
                clock.instant(),
                limits,
                new SocketTaskQueue(handlers, limits.waitingFrames()),
                raw);
        rooms.opened(socket);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onFrame);
        session.addMessageHandler(
                PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> socket.heard(clock.millis()));
        if (handshake.origin() != null && !handshake.sameOrigin() && !origins.test(handshake.origin())) {
            socket.close(CloseCodes.ORIGIN_FORBIDDEN, "origin not allowed");
        } else if (handshake.token() != null) {
            // proving a token asks Redis: on the socket's lane, not on the thread that opened it
            socket.lane.always(() -> {
                if (!prove(handshake.token())) {
                    socket.close(CloseCodes.UNAUTHENTICATED, "no valid token");
                }
            });
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        // after every frame the socket sent, so a join still being handled is left again: no ghost presence
        socket.lane.always(() -> commands.closed(socket));
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.debug(
                "socket {} failed: {}",
                socket == null ? "?" : socket.id,
                failure.getClass().getSimpleName());
    }

    /** On the I/O thread: only the rate limit, then the frame goes to the socket's lane. */
    void onFrame(String text) {
        socket.heard(clock.millis());
        if (!socket.admit()) {
            error(null, ChatRefusals.TOO_MANY_REQUESTS);
            return;
        }
        if (!socket.lane.offer(() -> handleFrame(text))) {
            // the socket sends faster than its frames can be handled (a store is slow): refuse, do not queue
            error(null, ChatRefusals.TOO_MANY_REQUESTS);
        }
    }

    /** On the socket's lane, one frame at a time. */
    private void handleFrame(String text) {
        if (socket.closing()) {
            return;
        }
        JsonNode frame = Frames.read(text);
        String type = frame == null
                ? null
                : frame.path("type").isTextual() ? frame.get("type").textValue() : null;
        JsonNode ref = frame == null ? null : frame.get("ref");
        if (socket.principal() == null) {
            unauthenticated(type, frame, ref);
            return;
        }
        if (frame == null || type == null) {
            error(ref, ChatRefusals.BAD_REQUEST);
            return;
        }
        try {
            handle(type, frame, ref);
        } catch (RuntimeException failure) {
            String code = ChatRefusals.of(failure);
            if (code.equals(ChatRefusals.INTERNAL_ERROR)) {
                LOG.error("socket {} could not handle a {} frame", socket.id, type, failure);
            }
            error(ref, code);
        }
    }

    /** Before a token: an auth frame, a ping, or the door. */
    private void unauthenticated(String type, JsonNode frame, JsonNode ref) {
        if ("ping".equals(type)) {
            socket.send(Frames.pong(ref));
        } else if ("auth".equals(type)
                && frame.path("token").isTextual()
                && prove(frame.get("token").textValue())) {
            acknowledge(ref);
        } else {
            socket.close(CloseCodes.UNAUTHENTICATED, "no valid token");
        }
    }

    private void handle(String type, JsonNode frame, JsonNode ref) {
        switch (type) {
            case "ping" -> socket.send(Frames.pong(ref));
            case "auth" -> {
                String token =
                        frame.path("token").isTextual() ? frame.get("token").textValue() : null;
                if (token == null) {
                    throw new ChatRefusals.InvalidInput();
                }
                commands.reauthenticate(socket, token);
                acknowledge(ref);
            }
            case "join_task" -> {
                TaskId task = taskOf(frame);
                List<PresentUser> present = commands.join(
                        socket,
                        task,
                        sinceOf(frame),
                        missed -> socket.send(Frames.of(new RoomEvent.NewMessage(missed))));
                socket.send(Frames.presence(task.value(), present));
                acknowledge(ref);
            }
            case "leave_task" -> {
                commands.leave(socket, taskOf(frame));
                acknowledge(ref);
            }
            case "send_message" -> {
                ChatMessage message = commands.post(socket, taskOf(frame), draftOf(frame));
                if (ref != null) {
                    socket.send(Frames.ack(ref, message.id()));
                }
            }
            case "typing_start", "typing_stop" -> {
                commands.typing(socket, taskOf(frame), type.equals("typing_start"));
                acknowledge(ref);
            }
            default -> error(ref, ChatRefusals.BAD_REQUEST);
        }
    }

    /** Authenticates the socket with a token; false when the token proves nothing. */
    private boolean prove(String token) {
        try {
            socket.authenticated(commands.authenticate(token));
            return true;
        } catch (Refused refused) {
            return false;
        } catch (Unavailable storeDown) {
            socket.close(CloseCodes.TRY_AGAIN_LATER, "store unavailable");
            return false;
        }
    }

    private void acknowledge(JsonNode ref) {
        if (ref != null) {
            socket.send(Frames.ack(ref));
        }
    }

    private void error(JsonNode ref, String code) {
        socket.send(Frames.error(ref, code, ChatRefusals.words(code, ChatRefusals.Door.WS)));
    }

    private static TaskId taskOf(JsonNode frame) {
        JsonNode task = frame.get("task_id");
        if (task == null || !task.isIntegralNumber() || !task.canConvertToLong() || task.longValue() <= 0) {
            throw new ChatRefusals.InvalidInput();
        }
        return new TaskId(task.longValue());
    }

    /** The {@code since} of a {@code join_task}: absent (null), or the positive id of the last message seen. */
    private static MessageId sinceOf(JsonNode frame) {
        JsonNode since = frame.get("since");
        if (since == null || since.isNull()) {
            return null;
        }
        if (!since.isIntegralNumber() || !since.canConvertToLong() || since.longValue() <= 0) {
            throw new ChatRefusals.InvalidInput();
        }
        return new MessageId(since.longValue());
    }

    private static MessageDraft draftOf(JsonNode frame) {
        try {
            return MessageDrafts.of(frame.get("message"), frame.get("attachments"), frame.get("reply_to"));
        } catch (IllegalArgumentException invalid) {
            throw new ChatRefusals.InvalidInput();
        }
    }
}
