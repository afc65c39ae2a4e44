package io.gerbang.application.port.out;

import java.util.Optional;

/** Seals a list position into an opaque cursor a client cannot forge, and opens it again. */
public interface Cursors {

    String seal(Position position);

    /** Empty when the text is not a cursor this service sealed. */
    Optional<Position> open(String cursor);

    /** Items after (or before) the item with this id. */
    record Position(boolean after, long id) {}
}
