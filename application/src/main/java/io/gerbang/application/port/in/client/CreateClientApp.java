package io.gerbang.application.port.in.client;

import io.gerbang.application.model.Caller;
import io.gerbang.domain.client.ClientApp;
import java.util.Objects;

/**
 * Makes a client app of the caller's tenant ({@code clients.manage} at company level). A confidential client gets
 * a client secret, a shared-secret client a signing secret: each shown here once, never again.
 */
public interface CreateClientApp {

    Issued create(Command command);

    /** @param client its tenant is the caller's, whatever it says */
    record Command(Caller caller, ClientApp client) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(client, "client");
        }
    }

    /** A client and the secrets made for it just now (null where none was). */
    record Issued(ClientApp client, String clientSecret, String signingSecret) {
        @Override
        public String toString() {
            return "Issued[" + client.id() + ", ****]";
        }
    }
}
