package io.gerbang.application.service.client;

import io.gerbang.application.model.Caller;
import io.gerbang.application.port.in.client.ChangeClientApp;
import io.gerbang.application.port.in.client.CreateClientApp;
import io.gerbang.application.port.in.client.ListClientApps;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.NoSecret;
import io.gerbang.application.port.in.refusal.UnknownClient;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies;
import java.util.List;

/**
 * The administration of client apps, walled by tenant: a client of another tenant is as unknown as one that does
 * not exist. The built-in client {@code gerbang} is not administered.
 */
public class ClientAppsService implements CreateClientApp, ListClientApps, ChangeClientApp {

    private final ClientApps clients;
    private final AccessGuard guard;
    private final Identifiers identifiers;
    private final SecurityEvents events;

    public ClientAppsService(ClientApps clients, AccessGuard guard, Identifiers identifiers, SecurityEvents events) {
        this.clients = clients;
        this.guard = guard;
        this.identifiers = identifiers;
        this.events = events;
    }

    @Override
    public Issued create(CreateClientApp.Command command) {
        guard.ensureTenantWide(command.caller(), Permissions.CLIENTS_MANAGE);
        ClientApp client = inTenantOf(command.caller(), command.client().id(), command.client());
        if (ClientId.NATIVE.equals(client.id())) {
            throw new AlreadyExists();
        }
        ClientApps.Secrets secrets = secretsFor(null, client);
        if (!clients.create(client, secrets)) {
            throw new AlreadyExists();
        }
        events.record(new Event(Kind.CLIENT_CHANGED, client.tenant(), null, "created:" + client.id()));
        return new Issued(client, secrets.clientSecret(), secrets.signingSecret());
    }

    @Override
    public List<ClientApp> list(Caller caller) {
        guard.ensureTenantWide(caller, Permissions.CLIENTS_MANAGE);
        return clients.of(caller.tenant());
    }

    @Override
    public ClientApp show(Caller caller, ClientId id) {
        guard.ensureTenantWide(caller, Permissions.CLIENTS_MANAGE);
        return ofTenant(caller, id);
    }

    @Override
    public Issued change(ChangeClientApp.Command command) {
        guard.ensureTenantWide(command.caller(), Permissions.CLIENTS_MANAGE);
        ClientApp before = ofTenant(command.caller(), command.id());
        ClientApp after =
                inTenantOf(command.caller(), before.id(), command.change().apply(before));
        ClientApps.Secrets secrets = secretsFor(before, after);
        // the secret first: a client that now signs with its own secret has it before any sign-in can need it
        if (secrets.clientSecret() != null || secrets.signingSecret() != null) {
            clients.renewSecrets(after.id(), secrets);
        }
        if (!clients.update(after)) {
            throw new UnknownClient();
        }
        events.record(new Event(Kind.CLIENT_CHANGED, after.tenant(), null, "changed:" + after.id()));
        return new Issued(after, secrets.clientSecret(), secrets.signingSecret());
    }

    @Override
    public void delete(Caller caller, ClientId id) {
        guard.ensureTenantWide(caller, Permissions.CLIENTS_MANAGE);
        if (!clients.delete(caller.tenant(), id)) {
            throw new UnknownClient();
        }
        events.record(new Event(Kind.CLIENT_CHANGED, caller.tenant(), null, "deleted:" + id));
    }

    @Override
    public Issued renewSecrets(Caller caller, ClientId id) {
        guard.ensureTenantWide(caller, Permissions.CLIENTS_MANAGE);
        ClientApp client = ofTenant(caller, id);
        ClientApps.Secrets secrets = secretsFor(null, client);
        if (secrets.clientSecret() == null && secrets.signingSecret() == null) {
            // a public client that signs with the tenant's key has no secret to renew
            throw new NoSecret();
        }
        clients.renewSecrets(id, secrets);
        events.record(new Event(Kind.CLIENT_CHANGED, client.tenant(), null, "secret_renewed:" + id));
        return new Issued(client, secrets.clientSecret(), secrets.signingSecret());
    }

    private ClientApp ofTenant(Caller caller, ClientId id) {
        return clients.byId(id)
                .filter(client -> client.tenant().equals(caller.tenant()))
                .orElseThrow(UnknownClient::new);
    }

    private static ClientApp inTenantOf(Caller caller, ClientId id, ClientApp client) {
        return new ClientApp(
                id,
                caller.tenant(),
                client.name(),
                client.dialect(),
                client.tenants(),
                client.accessTtl(),
                client.refresh(),
                client.logout(),
                client.signing(),
                client.language(),
                client.roleNames(),
                client.origins(),
                client.kind());
    }

    /** The secrets {@code after} needs that {@code before} (null: nothing) did not have. */
    private ClientApps.Secrets secretsFor(ClientApp before, ClientApp after) {
        boolean needsClientSecret = after.kind() == ClientPolicies.Kind.CONFIDENTIAL
                && (before == null || before.kind() != ClientPolicies.Kind.CONFIDENTIAL);
        boolean needsSigningSecret =
                after.signsWithSharedSecret() && (before == null || !before.signsWithSharedSecret());
        return new ClientApps.Secrets(
                needsClientSecret ? identifiers.newSecret() : null,
                needsSigningSecret ? identifiers.newSecret() : null);
    }
}
