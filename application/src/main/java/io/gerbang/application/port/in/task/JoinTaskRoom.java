package io.gerbang.application.port.in.task;

import io.gerbang.application.model.PresentUser;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageId;
import java.util.List;
import java.util.Objects;

/**
 * A connection enters a task room, in two steps so that the adapter can start hearing the room in between:
 * {@link #admit} lets in members only ({@link io.gerbang.domain.task.NotAMember} otherwise, the same for a task
 * that does not exist or is another tenant's); then, once the connection hears the room, {@link #enter} tells
 * the others and answers who is present. So a connection misses nothing from its admission on, and nothing
 * of a room it may not enter ever reaches it.
 */
public interface JoinTaskRoom {

    Admission admit(RoomConnection joining);

    List<PresentUser> enter(Admission admission);

    /**
     * What the admitted connection missed: the messages of the room stored after {@code since} (the last one
     * it saw), oldest first, at most {@link #MOST_MISSED}; the client reads older ones from the history.
     */
    List<ChatMessage> missed(Admission admission, MessageId since);

    int MOST_MISSED = 1_000;

    /** A connection that {@link #admit} let through; made by it alone. */
    record Admission(RoomConnection joining) {

        public Admission {
            Objects.requireNonNull(joining, "joining");
        }
    }
}
