package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.task.MessageId;

/** A message replies to one that is not of the same task. */
public final class UnknownReply extends Refused {

    private final MessageId replyTo;

    public UnknownReply(MessageId replyTo) {
        super("UnknownReply");
        this.replyTo = replyTo;
    }

    public MessageId replyTo() {
        return replyTo;
    }
}
