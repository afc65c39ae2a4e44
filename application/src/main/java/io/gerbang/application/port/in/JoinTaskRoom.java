package io.gerbang.application.port.in;

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

    /** A connection that {@link #admit} let through; made by it alone. */
    record Admission(RoomConnection joining) {

        public Admission {
            Objects.requireNonNull(joining, "joining");
        }
    }
}
