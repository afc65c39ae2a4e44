package io.gerbang.application.port.out;

import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The client apps, shared by every node. A client's secrets are given here once, in plain, and kept only as a
 * keyed hash (the client secret) or sealed (the signing secret): nothing answers them again.
 */
public interface ClientApps {

    /** A client app; never the built-in {@code gerbang}, which is not stored. */
    Optional<ClientApp> byId(ClientId id);

    List<ClientApp> of(TenantId tenant);

    /** Stores a new client with its secrets (either may be null); false, nothing written, if the id is taken. */
    boolean create(ClientApp client, Secrets secrets);

    /** Replaces a client's policies; false if it is not a client of its tenant. */
    boolean update(ClientApp client);

    /** Replaces the secrets given (a null one stays as it is). */
    void renewSecrets(ClientId id, Secrets secrets);

    /** Whether {@code clientSecret} is the client's secret (compared by its keyed hash, in constant time). */
    boolean proves(ClientId id, String clientSecret);

    /** Deletes a client of the tenant; false if there was none. */
    boolean delete(TenantId tenant, ClientId id);

    /** @param clientSecret what a confidential client proves itself with; @param signingSecret HS256 key */
    record Secrets(String clientSecret, String signingSecret) {

        public static final Secrets NONE = new Secrets(null, null);

        @Override
        public String toString() {
            return "Secrets[****]";
        }
    }
}
