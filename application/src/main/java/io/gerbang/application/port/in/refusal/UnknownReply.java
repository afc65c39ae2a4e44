package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
/** A message replies to one that is not of the same task. */
public final class UnknownReply extends Refused {

    private final long replyTo;

    public UnknownReply(long replyTo) {
        super("UnknownReply");
        this.replyTo = replyTo;
    }

    public long replyTo() {
        return replyTo;
    }
}
