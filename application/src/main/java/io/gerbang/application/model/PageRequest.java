package io.gerbang.application.model;

/** Which page of a list: after or before the position a cursor names (none: the first page), and how long. */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to 100");
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }
}
