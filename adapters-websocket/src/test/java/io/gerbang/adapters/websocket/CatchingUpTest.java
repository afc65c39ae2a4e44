package io.gerbang.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A socket that joins a room with {@code since} holds the room's live events while the missed messages go out,
 * then sends the held ones in their order, but a message already sent among the missed ones: none missed,
 * none twice, whatever the timing of the live room.
 */
class CatchingUpTest {

    private static final TaskId TASK = new TaskId(1);
    private static final TaskId OTHER = new TaskId(2);

    /** A socket that records what reaches it. */
    private static final class Recording extends ChatSocket {

        final List<RoomEvent> delivered = new ArrayList<>();

        Recording() {
            super(
                    new ConnectionId("recording"),
                    Instant.EPOCH,
                    ChatLimits.defaults(false),
                    new SocketTaskQueue(Runnable::run, 16));
        }

        @Override
        void deliver(RoomFrames event) {
            delivered.add(event.event());
        }

        @Override
        void closed(int code, String reason) {}
    }

    private static RoomFrames message(TaskId task, long id) {
        return new RoomFrames(new RoomEvent.NewMessage(new ChatMessage(
                new MessageId(id),
                task,
                new UserId(4),
                new DisplayName("Kakashi"),
                "pesan " + id,
                List.of(),
                null,
                Instant.EPOCH)));
    }

    private static RoomFrames typing(TaskId task) {
        return new RoomFrames(new RoomEvent.Typing(task, new UserId(4), new DisplayName("Kakashi"), true, null));
    }

    @Test
    void liveEventsWaitForTheMissedMessagesAndNoneComesTwice() {
        Recording socket = new Recording();
        socket.beginCatchingUp(TASK);

        // while the missed messages (up to 6) are read and sent, the room goes on
        socket.offer(TASK, message(TASK, 6));
        socket.offer(TASK, typing(TASK));
        socket.offer(TASK, message(TASK, 7));
        socket.offer(OTHER, message(OTHER, 8));
        assertThat(socket.delivered).as("only another room's event").hasSize(1);

        socket.endCatchingUp(TASK, new MessageId(6));
        socket.offer(TASK, message(TASK, 9));

        assertThat(socket.delivered)
                .extracting(CatchingUpTest::describe)
                .containsExactly("message 8", "typing", "message 7", "message 9");
    }

    @Test
    void aMessageSentInTheCatchUpThatArrivesLiveAfterItEndsIsNotSentAgain() {
        Recording socket = new Recording();
        socket.beginCatchingUp(TASK);
        // message 6 was stored before the catch-up read it, and its live event is still on its way
        socket.endCatchingUp(TASK, new MessageId(6));

        socket.offer(TASK, message(TASK, 6));
        socket.offer(TASK, message(TASK, 7));

        assertThat(socket.delivered).extracting(CatchingUpTest::describe).containsExactly("message 7");
    }

    @Test
    void afterLeavingTheRoomNothingIsLeftOutAnyMore() {
        Recording socket = new Recording();
        socket.beginCatchingUp(TASK);
        socket.endCatchingUp(TASK, new MessageId(6));
        socket.leftRoom(TASK);

        socket.offer(TASK, message(TASK, 5));

        assertThat(socket.delivered).extracting(CatchingUpTest::describe).containsExactly("message 5");
    }

    @Test
    void withNothingMissedEveryHeldEventGoesOut() {
        Recording socket = new Recording();
        socket.beginCatchingUp(TASK);
        socket.offer(TASK, message(TASK, 3));

        socket.endCatchingUp(TASK, null);

        assertThat(socket.delivered).extracting(CatchingUpTest::describe).containsExactly("message 3");
    }

    private static String describe(RoomEvent event) {
        return event instanceof RoomEvent.NewMessage posted
                ? "message " + posted.message().id().value()
                : "typing";
    }
}
