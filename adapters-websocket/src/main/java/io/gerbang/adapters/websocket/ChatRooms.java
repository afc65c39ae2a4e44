package io.gerbang.adapters.websocket;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.TaskId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sockets open on this node, through either door, and the rooms they are in. Every room event, from
 * whichever node, is written once here per door and sent to each socket of its room on this node.
 */
final class ChatRooms {

    private static final Logger LOG = LoggerFactory.getLogger(ChatRooms.class);

    private final Map<ConnectionId, ChatSocket> sockets = new ConcurrentHashMap<>();
    private final Map<TaskId, Set<ChatSocket>> rooms = new ConcurrentHashMap<>();
    private final BiConsumer<ChatSocket, TaskId> takenOut;
    /** For the metrics: room events with someone here to hear them, frames handed to sockets, and the time it took. */
    private final LongAdder events = new LongAdder();

    private final LongAdder deliveries = new LongAdder();
    private final LongAdder deliveryNanos = new LongAdder();

    /** @param takenOut what to do (off the delivering thread) when a removed member's socket leaves a room */
    ChatRooms(BiConsumer<ChatSocket, TaskId> takenOut) {
        this.takenOut = takenOut;
    }

    void opened(ChatSocket socket) {
        sockets.put(socket.id, socket);
    }

    void closed(ChatSocket socket) {
        sockets.remove(socket.id);
        socket.rooms.forEach(task -> exit(socket, task));
    }

    /** Room events delivered on this node (to at least one room here), and frames handed to sockets for them. */
    long events() {
        return events.sum();
    }

    long deliveries() {
        return deliveries.sum();
    }

    /** The time spent handing room events to their sockets (encoding once, queueing each socket's frame). */
    long deliveryNanos() {
        return deliveryNanos.sum();
    }

    Collection<ChatSocket> sockets() {
        return sockets.values();
    }

    void enter(ChatSocket socket, TaskId task) {
        socket.rooms.add(task);
        rooms.computeIfAbsent(task, room -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    /** True if the socket was in the room. */
    boolean exit(ChatSocket socket, TaskId task) {
        boolean was = socket.rooms.remove(task);
        rooms.computeIfPresent(task, (room, members) -> {
            members.remove(socket);
            return members.isEmpty() ? null : members;
        });
        return was;
    }

    void deliver(RoomEvent event) {
        Set<ChatSocket> room = rooms.get(event.task());
        if (room == null) {
            return;
        }
        long started = System.nanoTime();
        RoomFrames frames = new RoomFrames(event);
        ConnectionId origin = event.origin();
        int delivered = 0;
        for (ChatSocket socket : room) {
            if (origin == null || !origin.equals(socket.id)) {
                try {
                    socket.offer(event.task(), frames);
                    delivered++;
                } catch (RuntimeException failed) {
                    // one socket's failure must not cost the rest of the room its event
                    LOG.warn("a delivery to socket {} failed", socket.id, failed);
                }
            }
        }
        events.increment();
        deliveries.add(delivered);
        deliveryNanos.add(System.nanoTime() - started);
        if (event instanceof RoomEvent.MemberChanged changed && changed.removed()) {
            for (ChatSocket socket : room) {
                if (socket.principal() != null
                        && socket.principal().user().equals(changed.user())
                        && exit(socket, event.task())) {
                    takenOut.accept(socket, event.task());
                }
            }
        }
    }
}
