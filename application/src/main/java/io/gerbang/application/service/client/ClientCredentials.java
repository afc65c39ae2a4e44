package io.gerbang.application.service.client;

import io.gerbang.application.port.in.client.RecogniseClient;
import io.gerbang.application.port.in.refusal.ClientUnproven;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.service.session.SessionClients;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies.Kind;
import io.gerbang.domain.tenant.TenantId;

/**
 * Recognises the client app that calls a tenant's standard endpoints (RFC 6749 section 2.3): a client of that
 * tenant (or one that serves any tenant, like the built-in {@code gerbang}), with its secret if it is confidential
 * and with none if it is public.
 */
public class ClientCredentials implements RecogniseClient {

    private final SessionClients clients;
    private final ClientApps store;

    public ClientCredentials(SessionClients clients, ClientApps store) {
        this.clients = clients;
        this.store = store;
    }

    /** The client named, proven; {@link ClientUnproven} otherwise. */
    @Override
    public ClientApp recognise(TenantId tenant, String clientId, String secret) {
        if (!ClientId.fits(clientId)) {
            throw new ClientUnproven();
        }
        ClientApp client = clients.of(new ClientId(clientId)).orElseThrow(ClientUnproven::new);
        if (!client.tenantFor(tenant).equals(tenant)) {
            throw new ClientUnproven();
        }
        if (client.kind() == Kind.CONFIDENTIAL) {
            if (secret == null || !store.proves(client.id(), secret)) {
                throw new ClientUnproven();
            }
        } else if (secret != null) {
            // a public client has no secret: whoever sends one is not who they say
            throw new ClientUnproven();
        }
        return client;
    }

    /** A confidential client, proven: only such a client may introspect tokens. */
    public ClientApp recogniseConfidential(TenantId tenant, String clientId, String secret) {
        ClientApp client = recognise(tenant, clientId, secret);
        if (client.kind() != Kind.CONFIDENTIAL) {
            throw new ClientUnproven();
        }
        return client;
    }
}
