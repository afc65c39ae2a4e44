package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
import java.time.Duration;

/**
 * A request limit is used up ({@link io.gerbang.domain.limit.RateLimit}); one more will do after {@link #retryAfter()}.
 */
public final class LimitReached extends Refused {

    private final Duration retryAfter;

    public LimitReached(Duration retryAfter) {
        super("LimitReached");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
