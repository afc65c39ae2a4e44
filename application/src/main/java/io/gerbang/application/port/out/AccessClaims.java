package io.gerbang.application.port.out;

import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;

/** What an access token says; {@code scope} names the nodes the person's assignments cover. */
public record AccessClaims(UserId user, TenantId tenant, SessionId session, String tokenId, Instant issuedAt,
                           Instant expiresAt, DisplayName name, String email, UnitId unitId, Coverage scope) {

    /** The session the token belongs to, with its owner. */
    public SessionRef sessionRef() {
        return new SessionRef(tenant, user, session);
    }
}
