package io.gerbang.application.port.out;

import io.gerbang.domain.session.SessionId;

/** Fresh random identifiers. */
public interface Identifiers {

    SessionId newSessionId();

    String newTokenId();

    /** A new secret of 32 random bytes, as text (base64url): shown once, then kept only hashed or sealed. */
    String newSecret();
}
