package io.gerbang.application.service;

import io.gerbang.application.port.in.ShowClientApp;
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
