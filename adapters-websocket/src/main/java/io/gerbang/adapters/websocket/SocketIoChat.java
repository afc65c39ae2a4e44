package io.gerbang.adapters.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.adapters.websocket.socketio.Outgoing;
import io.gerbang.adapters.websocket.socketio.SocketIoServer;
import io.gerbang.adapters.websocket.socketio.SocketIoSocket;
import io.gerbang.adapters.websocket.socketio.SocketPacket;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.Unavailable;
import io.gerbang.application.port.in.session.PresentedToken;
import io.gerbang.application.port.in.task.RecoverConnection;
import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.TaskId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The reason a socket ends with when its client disconnected it (Socket.IO's own words). */
    private static final String CLIENT_LEFT = "client namespace disconnect";

    private static final String MESSAGE_REQUIRED = "Task ID and message are required";

    private final ChatCommands commands;
    private final ChatRooms rooms;
    private final ChatLimits limits;
    private final Clock clock;
    private final Executor handlers;
    private final RecoverConnection recovery;

    SocketIoChat(
            ChatCommands commands,
            ChatRooms rooms,
            ChatLimits limits,
            Clock clock,
            Executor handlers,
            RecoverConnection recovery) {
        this.commands = commands;
        this.rooms = rooms;
        this.limits = limits;
        this.clock = clock;
        this.handlers = handlers;
        this.recovery = recovery;
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
        // connection state recovery: what a client that comes back sends with its token
        String privateId = auth.path("pid").isTextual() ? auth.get("pid").textValue() : null;
        String offset = auth.path("offset").isTextual() ? auth.get("offset").textValue() : null;
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
            boolean recoverable = recovery.enabled() && connecting.canRecover();
            Optional<RecoverConnection.Recovered> recovered =
                    recoverable ? recover(privateId, offset, socket) : Optional.empty();
            if (recoverable) {
                socket.privateId =
                        recovered.map(back -> back.connection().privateId()).orElseGet(recovery::newPrivateId);
            }
            rooms.opened(socket);
            connecting.accept(
                    new SocketIoSocket.Handler() {
                        @Override
                        public void onPacket(SocketPacket packet, List<byte[]> attachments) {
                            arrived(socket, packet, attachments);
                        }

                        @Override
                        public void onDisconnect(String reason) {
                            socket.lane.always(() -> closed(socket, reason));
                        }
                    },
                    socket.privateId);
            recovered.ifPresent(back -> rejoin(socket, back));
            kept(socket);
        });
    }

    /** What the client had, if it came back in time with its own private id and an offset we could have sent. */
    private Optional<RecoverConnection.Recovered> recover(String privateId, String offset, SioSocket socket) {
        if (privateId == null) {
            return Optional.empty();
        }
        try {
            return recovery.recover(privateId, offset, socket.principal());
        } catch (Unavailable storeDown) {
            return Optional.empty(); // a fresh connection: the client joins its rooms again itself
        }
    }

    /**
     * Back in the rooms it was in and may still enter, each with the messages stored after the client's offset
     * first, oldest first, then the room's live events: none missed, none twice. A room it may no longer enter is
     * left out.
     */
    private void rejoin(SioSocket socket, RecoverConnection.Recovered recovered) {
        for (TaskId task : recovered.connection().rooms()) {
            try {
                commands.join(
                        socket,
                        task,
                        recovered.since(),
                        missed -> socket.sio.emit(new Outgoing(SocketIoEvents.of(new RoomEvent.NewMessage(missed)))));
            } catch (Refused | Unavailable notNow) {
                LOG.debug("socket {} not put back in task {}: {}", socket.id, task.value(), notNow.getMessage());
            }
        }
    }

    /** What the socket has now is kept for the recovery window (after a join or a leave, on a node that may die). */
    private void kept(SioSocket socket) {
        RecoverableConnection state = socket.recoverable();
        if (state == null) {
            return;
        }
        try {
            recovery.keep(List.of(state));
        } catch (Unavailable storeDown) {
            LOG.debug("socket {} could not keep its recovery state", socket.id);
        }
    }

    /**
     * A closed socket leaves its rooms. What it had stays recoverable for the window unless the client said goodbye
     * itself or the server ended it for a reason that still holds (its session ended, its token expired, a flood).
     */
    private void closed(SioSocket socket, String reason) {
        RecoverableConnection state = socket.recoverable();
        commands.closed(socket);
        if (state == null) {
            return;
        }
        try {
            if (socket.mayRecover && !CLIENT_LEFT.equals(reason)) {
                recovery.keep(List.of(state));
            } else {
                recovery.forget(state.privateId());
            }
        } catch (Unavailable storeDown) {
            LOG.debug("socket {} could not keep or forget its recovery state", socket.id);
        }
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
                    kept(socket);
                }
                case "leave_task" -> {
                    commands.leave(socket, taskOf(argument));
                    answer(socket, packet, SocketIoEvents.ok());
                    kept(socket);
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
        /** The private id of connection state recovery; null when recovery is off or the client cannot. */
        volatile String privateId;
        /** False once the server ended the socket for a reason a reconnect would not cure. */
        volatile boolean mayRecover = true;

        SioSocket(SocketIoSocket sio, java.time.Instant openedAt, ChatLimits limits, SocketTaskQueue lane) {
            super(new ConnectionId(sio.id()), openedAt, limits, lane);
            this.sio = sio;
        }

        @Override
        void deliver(RoomFrames event) {
            sio.emit(event.socketIo());
        }

        @Override
        RecoverableConnection recoverable() {
            Principal principal = principal();
            String id = privateId;
            return id == null || principal == null
                    ? null
                    : new RecoverableConnection(id, principal.tenant(), principal.user(), Set.copyOf(rooms));
        }

        /** An {@code error} event that says why, then the server's disconnect. */
        @Override
        void closed(int code, String reason) {
            mayRecover = code == CloseCodes.SERVICE_RESTART || code == CloseCodes.TRY_AGAIN_LATER;
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
