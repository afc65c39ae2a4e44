package io.gerbang.adapters.websocket;

import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.AccessTokenInvalid;
import io.gerbang.application.port.in.session.PresentedToken;
import io.gerbang.application.port.in.task.JoinTaskRoom;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.in.task.RoomConnection;
import io.gerbang.application.port.in.task.SignalTyping;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a chat socket may ask, whichever door it came through: each a use case call with the room
 * bookkeeping of this node around it. Called on the socket's lane; refusals are thrown as they come.
 */
final class ChatCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCommands.class);
    private final ChatPorts ports;
    private final ChatRooms rooms;

    ChatCommands(ChatPorts ports, ChatRooms rooms) {
        this.ports = ports;
        this.rooms = rooms;
    }

    /** The principal a token proves (refused: invalid, expired, ended, or a store down). */
    Principal authenticate(String token) {
        return ports.authenticate().authenticate(new PresentedToken(token));
    }

    /** Swaps in a fresh token; it must be the same user's. */
    void reauthenticate(ChatSocket socket, String token) {
        Principal fresh = authenticate(token);
        if (!fresh.user().equals(socket.principal().user())) {
            throw new AccessTokenInvalid();
        }
        socket.authenticated(fresh);
    }

    /**
     * Joins a room: in it once admitted and before the others are told, so no event of someone joining
     * meanwhile is missed and nothing of a room the socket may not enter ever reaches it. Who is present.
     */
    List<PresentUser> join(ChatSocket socket, TaskId task) {
        return join(socket, task, null, none -> {});
    }

    /**
     * The same after a gap (a reconnect), with {@code since}: the messages stored after it go to {@code missed},
     * oldest first, and the room's live events wait until they are out, so none is missed and none comes twice.
     */
    List<PresentUser> join(ChatSocket socket, TaskId task, MessageId since, Consumer<ChatMessage> missed) {
        JoinTaskRoom.Admission admitted = ports.join().admit(new RoomConnection(socket.principal(), task, socket.id));
        if (since == null) {
            rooms.enter(socket, task);
            return ports.join().enter(admitted);
        }
        socket.beginCatchingUp(task);
        MessageId lastSent = null;
        try {
            rooms.enter(socket, task);
            List<PresentUser> present = ports.join().enter(admitted);
            for (ChatMessage message : ports.join().missed(admitted, since)) {
                missed.accept(message);
                lastSent = message.id();
            }
            return present;
        } finally {
            socket.endCatchingUp(task, lastSent);
        }
    }

    void leave(ChatSocket socket, TaskId task) {
        socket.leftRoom(task);
        if (rooms.exit(socket, task)) {
            ports.leave().leave(new RoomConnection(socket.principal(), task, socket.id));
        }
    }

    /** Stores the message, then everyone in the room hears it (the sender too). */
    ChatMessage post(ChatSocket socket, TaskId task, MessageDraft draft) {
        return ports.post().post(new PostMessage.Command(socket.principal(), task, draft));
    }

    void typing(ChatSocket socket, TaskId task, boolean started) {
        ports.typing()
                .typing(new SignalTyping.Command(
                        socket.principal(), task, socket.id, started, socket.rooms.contains(task)));
    }

    /** A closed socket counts as leaving every room it was in. */
    void closed(ChatSocket socket) {
        List<TaskId> joined = List.copyOf(socket.rooms);
        rooms.closed(socket);
        Principal principal = socket.principal();
        if (principal != null) {
            for (TaskId task : joined) {
                try {
                    ports.leave().leave(new RoomConnection(principal, task, socket.id));
                } catch (RuntimeException storeDown) {
                    LOG.warn(
                            "socket {} could not announce leaving task {}: {}",
                            socket.id,
                            task.value(),
                            storeDown.getClass().getSimpleName());
                }
            }
        }
    }
}
