package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.adapters.websocket.socketio.SocketIoServer;
import io.gerbang.adapters.websocket.socketio.SocketIoSocket;
import io.gerbang.adapters.websocket.socketio.SocketPacket;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.port.Unavailable;
import io.gerbang.application.port.in.session.PresentedToken;
import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.TaskId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket.IO door of the task chat: its main namespace. A socket connects with a token (the CONNECT's
 * {@code auth.token}, or the handshake's {@code Authorization: Bearer}); seed 001's events then call the same
 * commands, rooms and limits as {@code /ws}. An event with an ack callback is answered {@code {ok: true, …}}
 * or {@code {ok: false, code, message}}; without one, a refusal is an {@code error} event {message, code}.
 */
final class SocketIoChat implements SocketIoServer.Namespace {

    private static final Logger LOG = LoggerFactory.getLogger(SocketIoChat.class);
    private static final int MAX_ID_DIGITS = 18;
    private static final String MESSAGE_REQUIRED = "Task ID and message are required";

    private final ChatCommands commands;
    private final ChatRooms rooms;
    private final ChatLimits limits;
    private final Clock clock;
    private final Executor handlers;

    SocketIoChat(ChatCommands commands, ChatRooms rooms, ChatLimits limits, Clock clock, Executor handlers) {
        this.commands = commands;
        this.rooms = rooms;
        this.limits = limits;
        this.clock = clock;
        this.handlers = handlers;
    }

    @Override
    public void connect(SocketIoSocket connecting, JsonNode auth) {
        // seed 001's clients strip the word Bearer from the header themselves
        String token = auth.path("token").isTextual()
                ? auth.get("token").textValue()
                : PresentedToken.fromAuthorization(connecting.handshake().authorization(), true);
        if (token == null || token.isBlank()) {
            connecting.refuse("Authentication error: No token provided", code("TOKEN_MISSING"));
            return;
        }
        SioSocket socket = new SioSocket(
                connecting, clock.instant(), limits, new SocketTaskQueue(handlers, limits.waitingFrames()));
        // proving a token asks Redis: on the socket's lane, not on the transport's thread
        socket.lane.always(() -> {
            try {
                socket.authenticated(commands.authenticate(token));
            } catch (Refused refused) {
                connecting.refuse("Authentication error: Invalid token", code(ChatRefusals.of(refused)));
                return;
            } catch (Unavailable storeDown) {
                connecting.refuse(
                        ChatRefusals.words(ChatRefusals.UNAVAILABLE, ChatRefusals.Door.SOCKET_IO),
                        code(ChatRefusals.UNAVAILABLE));
                return;
            }
            rooms.opened(socket);
            connecting.accept(new SocketIoSocket.Handler() {
                @Override
                public void onPacket(SocketPacket packet, List<byte[]> attachments) {
                    arrived(socket, packet, attachments);
                }

                @Override
                public void onDisconnect(String reason) {
                    socket.lane.always(() -> commands.closed(socket));
                }
            });
        });
    }

    /** On the transport's thread: only the rate limit, then the event goes to the socket's lane. */
    private void arrived(SioSocket socket, SocketPacket packet, List<byte[]> attachments) {
        if (!packet.isEvent()) {
            return; // the server asks for no acknowledgement: an ACK answers nothing, and is dropped
        }
        if (!socket.admit()) {
            refuse(socket, packet, ChatRefusals.TOO_MANY_REQUESTS, null);
            return;
        }
        if (!socket.lane.offer(() -> handle(socket, packet, attachments))) {
            refuse(socket, packet, ChatRefusals.TOO_MANY_REQUESTS, null);
        }
    }

    /** On the socket's lane, one event at a time. */
    private void handle(SioSocket socket, SocketPacket packet, List<byte[]> attachments) {
        if (socket.closing()) {
            return;
        }
        String event = packet.eventName();
        if (!attachments.isEmpty()) {
            refuse(socket, packet, "BAD_REQUEST", "Binary attachments are not accepted");
            return;
        }
        JsonNode argument = packet.data().size() > 1 ? packet.data().get(1) : MissingNode.getInstance();
        try {
            switch (event) {
                case "join_task" -> {
                    List<PresentUser> present = commands.join(socket, taskOf(argument));
                    answer(socket, packet, SocketIoEvents.joined(present));
                }
                case "leave_task" -> {
                    commands.leave(socket, taskOf(argument));
                    answer(socket, packet, SocketIoEvents.ok());
                }
                case "send_message" -> {
                    ChatMessage message;
                    try {
                        message = commands.post(socket, taskOf(argument.path("taskId")), draftOf(argument));
                    } catch (ChatRefusals.InvalidInput invalid) {
                        refuse(socket, packet, ChatRefusals.VALIDATION_FAILED, MESSAGE_REQUIRED);
                        return;
                    }
                    answer(
                            socket,
                            packet,
                            SocketIoEvents.ok().put("message_id", message.id().value()));
                }
                case "typing_start", "typing_stop" -> {
                    commands.typing(socket, taskOf(argument), event.equals("typing_start"));
                    answer(socket, packet, SocketIoEvents.ok());
                }
                case "auth" -> {
                    if (!argument.path("token").isTextual()) {
                        throw new ChatRefusals.InvalidInput();
                    }
                    commands.reauthenticate(socket, argument.get("token").textValue());
                    answer(socket, packet, SocketIoEvents.ok());
                }
                default -> refuse(socket, packet, ChatRefusals.BAD_REQUEST, null);
            }
        } catch (RuntimeException failure) {
            String code = ChatRefusals.of(failure);
            if (code.equals(ChatRefusals.INTERNAL_ERROR)) {
                LOG.error("socket {} could not handle a {} event", socket.id, event, failure);
            }
            refuse(socket, packet, code, ChatRefusals.socketIoWords(code, event));
        }
    }

    private static void answer(SioSocket socket, SocketPacket packet, ObjectNode answer) {
        if (packet.ackId() != null) {
            socket.sio.ack(packet.ackId(), Frames.JSON.createArrayNode().add(answer));
        }
    }

    private static void refuse(SioSocket socket, SocketPacket packet, String code, String message) {
        String words = message != null ? message : ChatRefusals.words(code, ChatRefusals.Door.SOCKET_IO);
        if (packet.ackId() != null) {
            socket.sio.ack(packet.ackId(), Frames.JSON.createArrayNode().add(SocketIoEvents.refused(code, words)));
        } else {
            socket.sio.emit("error", SocketIoEvents.error(code, words));
        }
    }

    /** A task id: a positive number, a string of digits, or an object with {@code taskId} as either. */
    static TaskId taskOf(JsonNode argument) {
        JsonNode id = argument.isObject() ? argument.path("taskId") : argument;
        long value;
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            value = id.longValue();
        } else if (id.isTextual()
                && !id.textValue().isEmpty()
                && id.textValue().length() <= MAX_ID_DIGITS
                && id.textValue().chars().allMatch(c -> c >= '0' && c <= '9')) {
            value = Long.parseLong(id.textValue());
        } else {
            throw new ChatRefusals.InvalidInput();
        }
        if (value <= 0) {
            throw new ChatRefusals.InvalidInput();
        }
        return new TaskId(value);
    }

    private static MessageDraft draftOf(JsonNode argument) {
        try {
            return MessageDrafts.of(argument.get("message"), argument.get("attachments"), argument.get("replyTo"));
        } catch (IllegalArgumentException invalid) {
            throw new ChatRefusals.InvalidInput();
        }
    }

    private static JsonNode code(String code) {
        return Frames.JSON.createObjectNode().put("code", code);
    }

    /** A chat socket of the Socket.IO door. */
    static final class SioSocket extends ChatSocket {

        private static final Map<Integer, String> ENDINGS = Map.of(
                CloseCodes.UNAUTHENTICATED, "TOKEN_EXPIRED",
                CloseCodes.SESSION_ENDED, "SESSION_REVOKED",
                CloseCodes.TOO_MANY_FRAMES, "TOO_MANY_REQUESTS",
                CloseCodes.TRY_AGAIN_LATER, "UNAVAILABLE");
        final SocketIoSocket sio;

        SioSocket(SocketIoSocket sio, java.time.Instant openedAt, ChatLimits limits, SocketTaskQueue lane) {
            super(new ConnectionId(sio.id()), openedAt, limits, lane);
            this.sio = sio;
        }

        @Override
        void deliver(RoomFrames event) {
            sio.emit(event.socketIo());
        }

        /** An {@code error} event that says why, then the server's disconnect. */
        @Override
        void closed(int code, String reason) {
            if (code == CloseCodes.SERVICE_RESTART) {
                sio.closeTransport(reason);
                return;
            }
            String why = ENDINGS.get(code);
            if (why != null) {
                sio.emit("error", SocketIoEvents.error(why, ChatRefusals.words(why, ChatRefusals.Door.SOCKET_IO)));
            }
            sio.disconnect(reason);
        }
    }
}
