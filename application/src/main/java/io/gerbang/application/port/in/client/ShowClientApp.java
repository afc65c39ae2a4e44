package io.gerbang.application.port.in.client;

import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import java.util.Optional;

/** The client app a request names in its path ({@code /clients/{client_id}/}), whose dialect and policies it gets. */
public interface ShowClientApp {

    /** Empty for an id no client has (never made, or deleted). */
    Optional<ClientApp> find(ClientId id);
}
