package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies;
import io.gerbang.domain.client.ClientPolicies.Kind;
import io.gerbang.domain.client.ClientPolicies.Language;
import io.gerbang.domain.client.ClientPolicies.Logout;
import io.gerbang.domain.client.ClientPolicies.Refresh;
import io.gerbang.domain.client.ClientPolicies.Signing;
import io.gerbang.domain.client.ClientPolicies.Tenants;
import io.gerbang.domain.client.Dialect;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * POST /clients (every field but {@code client_id} and {@code name} may be left out: the defaults of API.md), and
 * PATCH /clients/{id} (what is given changes; {@code client_id} is not given).
 */
public record ClientRequest(
        String clientId,
        String name,
        String dialect,
        String tenants,
        Integer accessTtl,
        String refresh,
        String logout,
        String signing,
        String language,
        Map<String, String> roleNames,
        List<String> origins,
        String kind) {

    /** A new client of the caller's tenant (the use case puts it there). */
    public ClientApp newClient(TenantId callerTenant) {
        RequestFields inputs = new RequestFields();
        ClientId id = inputs.ruled("client_id", clientId, ClientId::new);
        String checkedName = inputs.ruled("name", name, ClientApp::checkedName);
        Choices chosen = choices(inputs, ClientApp.withDefaults(ClientId.NATIVE, callerTenant, "defaults"));
        inputs.check();
        return new ClientApp(
                id,
                callerTenant,
                checkedName,
                chosen.dialect,
                chosen.tenants,
                chosen.accessTtl,
                chosen.refresh,
                chosen.logout,
                chosen.signing,
                chosen.language,
                chosen.roleNames,
                chosen.origins,
                chosen.kind);
    }

    /** What the client becomes: each field given replaces the one it has. */
    public UnaryOperator<ClientApp> change() {
        RequestFields inputs = new RequestFields();
        if (clientId != null) {
            inputs.problem("client_id", io.gerbang.adapters.rest.error.FieldErrors.NOT_ALLOWED);
        }
        String checkedName = name == null ? null : inputs.ruled("name", name, ClientApp::checkedName);
        inputs.check();
        return before -> {
            RequestFields later = new RequestFields();
            Choices chosen = choices(later, before);
            later.check();
            return new ClientApp(
                    before.id(),
                    before.tenant(),
                    checkedName == null ? before.name() : checkedName,
                    chosen.dialect,
                    chosen.tenants,
                    chosen.accessTtl,
                    chosen.refresh,
                    chosen.logout,
                    chosen.signing,
                    chosen.language,
                    chosen.roleNames,
                    chosen.origins,
                    chosen.kind);
        };
    }

    private record Choices(
            Dialect dialect,
            Tenants tenants,
            Duration accessTtl,
            Refresh refresh,
            Logout logout,
            Signing signing,
            Language language,
            Map<String, String> roleNames,
            List<String> origins,
            Kind kind) {}

    private Choices choices(RequestFields inputs, ClientApp base) {
        return new Choices(
                policy(inputs, "dialect", dialect, Dialect.class, base.dialect()),
                policy(inputs, "tenants", tenants, Tenants.class, base.tenants()),
                accessTtl == null
                        ? base.accessTtl()
                        : inputs.ruled("access_ttl", Duration.ofSeconds(accessTtl), ClientApp::checkedAccessTtl),
                policy(inputs, "refresh", refresh, Refresh.class, base.refresh()),
                policy(inputs, "logout", logout, Logout.class, base.logout()),
                policy(inputs, "signing", signing, Signing.class, base.signing()),
                policy(inputs, "language", language, Language.class, base.language()),
                roleNames == null
                        ? base.roleNames()
                        : inputs.ruled("role_names", roleNames, ClientApp::checkedRoleNames),
                origins == null ? base.origins() : inputs.ruled("origins", origins, ClientApp::checkedOrigins),
                policy(inputs, "kind", kind, Kind.class, base.kind()));
    }

    private static <E extends Enum<E>> E policy(
            RequestFields inputs, String field, String given, Class<E> type, E otherwise) {
        return given == null ? otherwise : inputs.ruled(field, given, text -> ClientPolicies.parse(type, text));
    }
}
