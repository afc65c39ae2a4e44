package io.gerbang.domain.task;

/** One message said in a task room: what an answer acknowledges and a reply names. */
public record MessageId(long value) {

    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("a message id is positive");
        }
    }

    /** The raw id of a message that may be absent, for a store or a frame to write. */
    public static Long valueOf(MessageId message) {
        return message == null ? null : message.value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
