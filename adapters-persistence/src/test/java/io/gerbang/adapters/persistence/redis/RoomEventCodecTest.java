package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomEventCodecTest {

    private static final TaskId TASK = new TaskId(7);
    private static final UserId NARUTO = new UserId(2);
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00.123Z");

    @Test
    void everyKindOfRoomEventCrossesTheWireUnchanged() {
        List<RoomEvent> events = List.of(
                new RoomEvent.UserJoined(
                        TASK, NARUTO, new DisplayName("Naruto Uzumaki"), AT, new ConnectionId("socket-1")),
                new RoomEvent.UserLeft(
                        TASK, NARUTO, new DisplayName("Naruto Uzumaki"), AT, new ConnectionId("socket-1")),
                new RoomEvent.Typing(TASK, NARUTO, new DisplayName("Naruto"), true, new ConnectionId("socket-2")),
                new RoomEvent.NewMessage(new ChatMessage(
                        new MessageId(41),
                        TASK,
                        NARUTO,
                        new DisplayName("Naruto"),
                        "halo \"semua\"\n",
                        List.of(
                                new Attachment("\"https://files.example/a.pdf\""),
                                new Attachment("{\"name\":\"b.png\",\"type\":\"image/png\",\"size\":2048}")),
                        new MessageId(40),
                        AT)),
                new RoomEvent.NewMessage(new ChatMessage(
                        new MessageId(42),
                        TASK,
                        NARUTO,
                        new DisplayName("Naruto"),
                        "tanpa lampiran",
                        List.of(),
                        null,
                        AT)),
                new RoomEvent.MemberChanged(TASK, NARUTO, io.gerbang.domain.task.MemberChange.Kind.REMOVED, false, AT),
                new RoomEvent.TaskUpdated(TASK, "Judul baru", AT),
                new RoomEvent.TaskNotification(TASK, "Rapat jam 3", AT));

        for (RoomEvent event : events) {
            assertThat(RoomEventCodec.decode(RoomEventCodec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void somethingElseOnTheChannelIsRefused() {
        assertThatThrownBy(() -> RoomEventCodec.decode("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomEventCodec.decode("{\"task\":1,\"kind\":\"party\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
