package io.gerbang.adapters.websocket.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An Engine.IO v3 session (socket.io-client 2.x): the client pings and the server answers; a client that stops
 * pinging is closed after a ping interval and a ping timeout; a PONG from it is the wrong heartbeat direction;
 * a polling session frames its payloads with lengths.
 */
class EngineV3Test {

    private static final EngineHandshake V3 = new EngineHandshake(null, null, EngineHandshake.LEGACY, null);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final EngineServer server = new EngineServer(
            EngineSettings.contract(Duration.ofMillis(300), Duration.ofMillis(200), origin -> true),
            session -> {},
            timers,
            new ObjectMapper());

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void theServerAnswersTheClientsPingsAndNeverPingsItself() throws InterruptedException {
        RecordingSocket socket = new RecordingSocket();
        EngineSession session = server.open(V3, socket);
        Closed closed = Closed.on(session);

        for (int i = 0; i < 4; i++) {
            session.received(socket, EngineCodec.decode("2", EngineHandshake.LEGACY));
            assertThat(closed.await(200)).as("pinged in time, round %d", i).isFalse();
        }

        assertThat(socket.sent).first().asString().startsWith("0{\"sid\"");
        assertThat(socket.sent.subList(1, socket.sent.size())).containsOnly("3");
        assertThat(socket.sent).hasSize(5);
    }

    @Test
    void aClientThatStopsPingingIsClosedAfterAnIntervalAndATimeout() throws InterruptedException {
        RecordingSocket socket = new RecordingSocket();
        EngineSession session = server.open(V3, socket);
        Closed closed = Closed.on(session);

        assertThat(closed.await(350)).as("not before 500 ms").isFalse();
        assertThat(closed.await(1_000)).isTrue();
        assertThat(closed.reason).isEqualTo("ping timeout");
    }

    @Test
    void aPongFromAVersion3ClientIsTheWrongHeartbeatDirection() throws InterruptedException {
        RecordingSocket socket = new RecordingSocket();
        EngineSession session = server.open(V3, socket);
        Closed closed = Closed.on(session);

        session.received(socket, EngineCodec.decode("3", EngineHandshake.LEGACY));

        assertThat(closed.await(1_000)).isTrue();
        assertThat(closed.reason).isEqualTo("invalid heartbeat direction");
    }

    @Test
    void aPollingSessionAnswersWithLengthPrefixedPayloads() {
        EngineSession polling = server.open(V3, null);
        assertThat(polling.openPacket()).matches("\\d+:0\\{\"sid\".*");
        String open = polling.openPacket();
        assertThat(Integer.parseInt(open.substring(0, open.indexOf(':'))))
                .isEqualTo(open.length() - open.indexOf(':') - 1);

        polling.send("0");
        polling.send("2[\"new_message\",{\"message\":\"€\"}]");
        List<String> answers = new CopyOnWriteArrayList<>();
        polling.poll(new EngineSession.Poll() {
            @Override
            public void answer(String payload) {
                answers.add(payload);
            }

            @Override
            public void refuse() {
                answers.add("refused");
            }
        });

        assertThat(answers).containsExactly("2:4033:42[\"new_message\",{\"message\":\"€\"}]");
        assertThat(polling.posted(EngineCodec.decodePayload("1:2", EngineHandshake.LEGACY)))
                .isTrue();
    }

    private static final class Closed implements EngineSession.Listener {
        private final CountDownLatch latch = new CountDownLatch(1);
        volatile String reason;

        static Closed on(EngineSession session) {
            Closed closed = new Closed();
            session.listen(closed);
            return closed;
        }

        boolean await(long millis) throws InterruptedException {
            return latch.await(millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void onMessage(EnginePacket message) {}

        @Override
        public void onClose(String why) {
            reason = why;
            latch.countDown();
        }
    }
}
