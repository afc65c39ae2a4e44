package io.gerbang.application.port.in.token;

import io.gerbang.domain.tenant.TenantId;
import java.util.Objects;

/**
 * Ends the session of an access or a refresh token at its client's request (RFC 7009). A token that is unknown,
 * expired or already ended is no error; one issued to another client or tenant is not ended.
 */
public interface RevokeToken {

    void revoke(Command command);

    /** @param clientSecret null for a public client */
    record Command(TenantId tenant, String clientId, String clientSecret, String token) {
        public Command {
            Objects.requireNonNull(tenant, "tenant");
        }

        @Override
        public String toString() {
            return "RevokeToken.Command[" + tenant + ", " + clientId + ", ****]";
        }
    }
}
