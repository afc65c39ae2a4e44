package io.gerbang.application.port.in.session;

import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.tenant.TenantId;
import java.util.Objects;

/** Trades the current refresh token of a session for a new pair. */
public interface RefreshSession {

    TokenPair refresh(Command command);

    /**
     * @param issuedTo null, or the tenant and client the refresh token must have been issued to (the standard token
     *                 endpoint: a refresh token is bound to its tenant's issuer and its client)
     */
    record Command(RefreshToken refreshToken, Audience issuedTo) {
        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }

        public Command(RefreshToken refreshToken) {
            this(refreshToken, null);
        }
    }

    /** A tenant and a client app of it. */
    record Audience(TenantId tenant, ClientId client) {
        public Audience {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(client, "client");
        }
    }
}
