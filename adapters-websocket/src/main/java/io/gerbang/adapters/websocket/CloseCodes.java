package io.gerbang.adapters.websocket;

/** The close codes of the contract, and the few this adapter adds (documented in docs/api-notes.md). */
final class CloseCodes {

    /** No valid token (at the handshake, in the auth frame, or the token expired while connected). */
    static final int UNAUTHENTICATED = 4401;
    /** The browser's Origin is not one of GERBANG_CORS_ORIGINS. */
    static final int ORIGIN_FORBIDDEN = 4403;
    /** No auth frame within 5 seconds of opening. */
    static final int AUTH_TIMEOUT = 4408;
    /** The session was ended (logout, revocation, deactivation) while connected. */
    static final int SESSION_ENDED = 4409;
    /** Kept on sending far beyond the frame limit after being told. */
    static final int TOO_MANY_FRAMES = 4429;
    /** A backing store stayed down: fail closed, the client may come back later. */
    static final int TRY_AGAIN_LATER = 1013;
    /** The client answered no ping (and sent nothing else) in time: it is taken to be gone. */
    static final int GONE_QUIET = 1001;
    /** The node is stopping: the client should connect again (to another node). */
    static final int SERVICE_RESTART = 1012;

    private CloseCodes() {}
}
