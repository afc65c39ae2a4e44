package io.gerbang.application.service.session;

import io.gerbang.application.port.out.ClientApps;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import java.util.Optional;

/**
 * The client app a session came through, as it is now: its policies apply from each session's next step (a
 * changed TTL at the next refresh), and a deleted client has no sessions left to serve.
 */
public class SessionClients {

    private final ClientApps clients;

    public SessionClients(ClientApps clients) {
        this.clients = clients;
    }

    /** The client; the built-in one for the native API; empty when it was deleted. */
    public Optional<ClientApp> of(ClientId id) {
        return ClientId.NATIVE.equals(id) ? Optional.of(ClientApp.BUILT_IN) : clients.byId(id);
    }
}
