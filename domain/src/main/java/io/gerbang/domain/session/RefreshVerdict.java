package io.gerbang.domain.session;

/** What presenting a refresh token of a session's family amounts to. */
public enum RefreshVerdict {
    /** The current token: rotate to a successor. */
    ROTATE,
    /** The token just rotated away from, again, within the grace window: answer with the same successor. */
    REPEAT_WITHIN_GRACE,
    /** An older token of the family: it leaked or was replayed; the whole family must end. */
    REUSED,
    /** The session outlived its refresh lifetime. */
    EXPIRED
}
