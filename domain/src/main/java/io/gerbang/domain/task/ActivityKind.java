package io.gerbang.domain.task;

import java.util.Locale;

/** What a line of a task's activity log records. */
public enum ActivityKind {
    TASK_CREATED,
    TASK_UPDATED,
    MEMBER_ADDED,
    MEMBER_UPDATED,
    MEMBER_REMOVED,
    MESSAGE,
    JOINED,
    LEFT,
    NOTIFIED;

    /** The kind a stored word names. */
    public static ActivityKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The word a log line is stored and shown with ({@code member_added}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
