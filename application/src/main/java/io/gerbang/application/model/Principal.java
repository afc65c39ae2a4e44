package io.gerbang.application.model;

import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who is calling, as proven by an access token whose session is live.
 *
 * @param client the client app the session came through
 */
public record Principal(
        UserId user, TenantId tenant, SessionId session, String tokenId, Instant expiresAt, ClientId client)
        implements Caller {

    public Principal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(session, "session");
        client = client == null ? ClientId.NATIVE : client;
    }

    /** Through the native API. */
    public Principal(UserId user, TenantId tenant, SessionId session, String tokenId, Instant expiresAt) {
        this(user, tenant, session, tokenId, expiresAt, ClientId.NATIVE);
    }

    /** The session the caller's token belongs to, with its owner. */
    public SessionRef sessionRef() {
        return new SessionRef(tenant, user, session);
    }
}
