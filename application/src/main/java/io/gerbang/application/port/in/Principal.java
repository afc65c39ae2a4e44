package io.gerbang.application.port.in;

import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** Who is calling, as proven by an access token whose session is live. */
public record Principal(UserId user, TenantId tenant, SessionId session, String tokenId, Instant expiresAt)
        implements Caller {

    public Principal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(session, "session");
    }

    /** The session the caller's token belongs to, with its owner. */
    public SessionRef sessionRef() {
        return new SessionRef(tenant, user, session);
    }
}
