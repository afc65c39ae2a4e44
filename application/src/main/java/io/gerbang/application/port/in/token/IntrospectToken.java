package io.gerbang.application.port.in.token;

import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Tells a confidential client whether a token of its tenant is good now (RFC 7662): an access token whose key is
 * trusted, whose session is live and whose person and tenant are active, or the current refresh token of a live
 * session. A logout, a revocation or a deactivation makes it inactive at once, on every node.
 */
public interface IntrospectToken {

    Introspection introspect(Command command);

    /** @param clientSecret the caller's secret, from HTTP Basic */
    record Command(TenantId tenant, String clientId, String clientSecret, String token) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
        }

        @Override
        public String toString() {
            return "IntrospectToken.Command[" + tenant + ", " + clientId + ", ****]";
        }
    }

    sealed interface Introspection {}

    /** Not a token of this tenant that is good now; nothing more is said. */
    record Inactive() implements Introspection {}

    /**
     * @param scope     what the person's assignments cover: {@code tenant}, or {@code branch:<id>} and
     *                  {@code unit:<id>} words separated by spaces
     * @param tokenType {@code access_token} or {@code refresh_token}
     */
    record Active(
            UserId user,
            TenantId tenant,
            SessionId session,
            ClientId client,
            String username,
            String scope,
            Instant expiresAt,
            Instant issuedAt,
            String tokenType)
            implements Introspection {}
}
