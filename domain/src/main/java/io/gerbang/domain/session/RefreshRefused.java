package io.gerbang.domain.session;

/**
 * A session was told to rotate (or reissue) from a token its rules do not rotate from: the caller skipped
 * {@link Session#judge}. A mistake in the code, never an answer to a client (those are {@code shared.Refused}).
 */
public class RefreshRefused extends IllegalStateException {

    public RefreshRefused(RefreshVerdict verdict) {
        super("a session may only rotate from its current token, not when " + verdict);
    }
}
