package io.gerbang.adapters.rest.http;

import io.gerbang.domain.shared.Refused;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Answers a suspended request, at once or, for a refusal that must wait (a failed sign-in on an account
 * under attack, {@link Refused#answerAfter()}), later from a timer: the waiting holds no server thread, so
 * slowed attackers cannot use up the workers.
 */
public final class LateAnswers implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gerbang-late-answers");
        thread.setDaemon(true);
        return thread;
    });

    public void answer(AsyncResponse response, Supplier<Response> work) {
        try {
            response.resume(work.get());
        } catch (Refused refused) {
            long delay = refused.answerAfter().toMillis();
            if (delay <= 0) {
                response.resume(refused);
            } else {
                timer.schedule(() -> response.resume(refused), delay, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException failed) {
            response.resume(failed);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
