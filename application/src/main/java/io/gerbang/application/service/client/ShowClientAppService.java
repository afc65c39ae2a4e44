package io.gerbang.application.service.client;

import io.gerbang.application.port.in.client.ShowClientApp;
import io.gerbang.application.service.session.SessionClients;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import java.util.Optional;

public class ShowClientAppService implements ShowClientApp {

    private final SessionClients clients;

    public ShowClientAppService(SessionClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<ClientApp> find(ClientId id) {
        return clients.of(id);
    }
}
