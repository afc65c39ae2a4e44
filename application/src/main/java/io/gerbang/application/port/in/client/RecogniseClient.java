package io.gerbang.application.port.in.client;

import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.tenant.TenantId;

/**
 * The client app calling a tenant's standard endpoints, proven (RFC 6749 section 2.3): one of that tenant (or one
 * serving any tenant, like the built-in {@code gerbang}), with its secret if confidential, with none if public;
 * {@code ClientUnproven} otherwise.
 */
public interface RecogniseClient {

    ClientApp recognise(TenantId tenant, String clientId, String secret);
}
