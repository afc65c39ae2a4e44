package io.gerbang.bootstrap.stores;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.port.out.StoreEngines.State;
import io.gerbang.application.service.operations.CheckLivenessService;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The supervisor's rule, apart from any real engine (EngineFaultTest kills real ones). */
class EngineSupervisorTest {

    /** An engine that is dead or alive as the test says, and starts again as many times as allowed. */
    static final class Engine implements AutoCloseable {
        final boolean alive;

        Engine(boolean alive) {
            this.alive = alive;
        }

        @Override
        public void close() {}
    }

    @Test
    void aDeadEngineIsStartedAgainAndRunsOn() {
        AtomicInteger starts = new AtomicInteger();
        EngineSupervisor<Engine> redis =
                new EngineSupervisor<>("redis", new Engine(false), engine -> engine.alive, dead -> {
                    starts.incrementAndGet();
                    return new Engine(true);
                });

        redis.check();
        redis.check();

        assertThat(starts).hasValue(1);
        assertThat(redis.state()).isEqualTo(State.RUNNING);
        assertThat(redis.engine().alive).isTrue();
    }

    @Test
    void anEngineThatWillNotStartMakesTheNodeUnhealthyAfterFiveAttempts() {
        AtomicInteger starts = new AtomicInteger();
        EngineSupervisor<Engine> postgres =
                new EngineSupervisor<>("postgresql", new Engine(false), engine -> engine.alive, dead -> {
                    starts.incrementAndGet();
                    throw new IllegalStateException("the data directory is gone");
                });

        for (int look = 1; look < EngineSupervisor.MAX_ATTEMPTS; look++) {
            postgres.check();
            assertThat(postgres.state()).isEqualTo(State.RESTARTING);
        }
        postgres.check();
        postgres.check();

        assertThat(postgres.state()).isEqualTo(State.FAILED);
        assertThat(starts).as("no more attempts once failed").hasValue(EngineSupervisor.MAX_ATTEMPTS);
        assertThat(new CheckLivenessService(() -> Map.of("postgresql", postgres.state()))
                        .check()
                        .alive())
                .isFalse();
        assertThat(new CheckLivenessService(() -> Map.of("redis", State.RESTARTING))
                        .check()
                        .alive())
                .isTrue();
    }
}
