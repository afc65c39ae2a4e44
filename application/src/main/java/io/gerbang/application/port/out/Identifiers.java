package io.gerbang.application.port.out;

import io.gerbang.domain.session.SessionId;

/** Fresh random identifiers. */
public interface Identifiers {

    SessionId newSessionId();

    String newTokenId();
}
