package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.client.ClientId;

/** Proves who calls from a bearer access token: a genuine, unexpired token of a live session. */
public interface Authenticate {

    /** At a door of the native API. */
    default Principal authenticate(PresentedToken accessToken) {
        return authenticate(accessToken, ClientId.NATIVE);
    }

    /**
     * At a door of the client app {@code door} (its path): a token signed with a client's own secret is good only
     * at that client's doors.
     */
    Principal authenticate(PresentedToken accessToken, ClientId door);
}
