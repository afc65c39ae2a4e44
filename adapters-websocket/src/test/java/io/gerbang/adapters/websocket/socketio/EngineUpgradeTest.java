package io.gerbang.adapters.websocket.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of a polling session when two WebSockets come with its id: the one that probes wins, whichever
 * the container happened to open first (the Engine.IO suite's "ignores WebSocket connection with same sid
 * after upgrade" opens the second right after the first, and a server may see them the other way round).
 */
class EngineUpgradeTest {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final EngineServer server = new EngineServer(
            EngineSettings.contract(Duration.ofSeconds(25), Duration.ofSeconds(20), origin -> true),
            session -> {},
            timers,
            new ObjectMapper());

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void theSocketThatProbesTakesOverEvenIfTheOtherWasOpenedFirst() {
        EngineSession polling = server.open(new EngineHandshake(null, null), null);
        RecordingSocket first = new RecordingSocket();
        RecordingSocket second = new RecordingSocket();

        assertThat(polling.probe(second)).isTrue(); // the container opened the client's second socket first
        assertThat(polling.probe(first)).isTrue();
        polling.received(first, EngineCodec.decode("2probe"));
        polling.received(first, EngineCodec.decode("5"));

        assertThat(first.sent).containsExactly("3probe");
        assertThat(first.closed).isFalse();
        assertThat(second.closed).isTrue();
        RecordingSocket third = new RecordingSocket();
        assertThat(polling.probe(third)).isFalse(); // upgraded: any later socket with the id is refused
        polling.received(second, EngineCodec.decode("2probe"));
        assertThat(second.sent).isEmpty();
    }

    @Test
    void aCandidateThatSendsAnythingButAProbeIsClosedAndTheSessionGoesOnPolling() {
        EngineSession polling = server.open(new EngineHandshake(null, null), null);
        RecordingSocket odd = new RecordingSocket();
        assertThat(polling.probe(odd)).isTrue();

        polling.received(odd, EngineCodec.decode("4hello"));

        assertThat(odd.closed).isTrue();
        assertThat(polling.isClosed()).isFalse();
        RecordingSocket next = new RecordingSocket();
        assertThat(polling.probe(next)).isTrue();
    }
}
