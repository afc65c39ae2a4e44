package io.gerbang.domain.shared;

import java.time.Duration;

/**
 * A rule said no, and which rule is told by the kind: the domain's own beside the aggregate whose rule it is
 * ({@code task.NotAMember}, {@code task.OwnerStaysMember}, ...), the application's in
 * {@code application.port.in.refusal} ({@code OutsideScope}, {@code LimitReached}, ...). Each kind carries facts,
 * never a protocol's code or field name: the inbound adapters word every kind in their protocol, each in one
 * place, and a test in bootstrap checks that every kind has its words there. Something that does not answer is
 * not a refusal: it is the application's {@code Unavailable}.
 */
public abstract class Refused extends RuntimeException {

    private Duration answerAfter = Duration.ZERO;

    protected Refused(String rule) {
        // a refusal is an answer, not a fault: no stack to fill
        super(rule, null, false, false);
    }

    /**
     * The same refusal, to be answered only after {@code delay}: a failed sign-in on an account under attack
     * ({@link io.gerbang.domain.limit.SlowDown}). Adapters wait without holding a thread.
     */
    public Refused answeredAfter(Duration delay) {
        this.answerAfter = delay;
        return this;
    }

    /** How long to wait before answering; zero for at once. */
    public Duration answerAfter() {
        return answerAfter;
    }
}
