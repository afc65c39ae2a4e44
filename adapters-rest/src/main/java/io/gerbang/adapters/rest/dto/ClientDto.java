package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.client.CreateClientApp;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientPolicies;
import java.util.List;
import java.util.Map;

/**
 * A client app as administrators see it; {@code access_ttl} null is the server's default. Never a secret, but in
 * the answer that made it ({@link Issued}).
 */
public record ClientDto(
        String clientId,
        long tenantId,
        String name,
        String dialect,
        String tenants,
        Long accessTtl,
        String refresh,
        String logout,
        String signing,
        String language,
        Map<String, String> roleNames,
        List<String> origins,
        String kind) {

    public static ClientDto of(ClientApp client) {
        return new ClientDto(
                client.id().value(),
                client.tenant().value(),
                client.name(),
                ClientPolicies.written(client.dialect()),
                ClientPolicies.written(client.tenants()),
                client.accessTtl() == null ? null : client.accessTtl().toSeconds(),
                ClientPolicies.written(client.refresh()),
                ClientPolicies.written(client.logout()),
                ClientPolicies.written(client.signing()),
                ClientPolicies.written(client.language()),
                client.roleNames(),
                client.origins(),
                ClientPolicies.written(client.kind()));
    }

    /** The client and the secrets made just now, shown this once (null where none was made). */
    public record Issued(ClientDto client, String clientSecret, String signingSecret) {

        public static Issued of(CreateClientApp.Issued issued) {
            return new Issued(ClientDto.of(issued.client()), issued.clientSecret(), issued.signingSecret());
        }

        @Override
        public String toString() {
            return "Issued[" + client.clientId() + ", ****]";
        }
    }
}
