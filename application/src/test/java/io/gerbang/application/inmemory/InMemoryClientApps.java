package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.ClientApps;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Client apps and their secrets in maps. */
public final class InMemoryClientApps implements ClientApps {

    private final Map<ClientId, ClientApp> clients = new ConcurrentHashMap<>();
    private final Map<ClientId, Secrets> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<ClientApp> byId(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public List<ClientApp> of(TenantId tenant) {
        return clients.values().stream()
                .filter(client -> client.tenant().equals(tenant))
                .toList();
    }

    @Override
    public boolean create(ClientApp client, Secrets secrets) {
        if (clients.putIfAbsent(client.id(), client) != null) {
            return false;
        }
        this.secrets.put(client.id(), secrets);
        return true;
    }

    @Override
    public boolean update(ClientApp client) {
        return clients.replace(client.id(), client) != null;
    }

    @Override
    public void renewSecrets(ClientId id, Secrets renewed) {
        secrets.replace(id, renewed);
    }

    @Override
    public boolean proves(ClientId id, String clientSecret) {
        Secrets kept = secrets.get(id);
        return kept != null && kept.clientSecret() != null && Objects.equals(kept.clientSecret(), clientSecret);
    }

    @Override
    public boolean delete(TenantId tenant, ClientId id) {
        return byId(id).filter(client -> client.tenant().equals(tenant))
                .map(client -> {
                    secrets.remove(id);
                    return clients.remove(id) != null;
                })
                .orElse(false);
    }
}
