package io.gerbang.application.port.in.client;

import io.gerbang.application.model.Caller;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Changes a client app of the caller's tenant, deletes it, or gives it new secrets ({@code clients.manage} at
 * company level). A changed policy applies from each session's next refresh; a deleted client's sessions are
 * over; a renewed secret replaces the old one at once.
 */
public interface ChangeClientApp {

    /** The client as {@code change} makes it, with any secret it now needs and did not have (shown once). */
    CreateClientApp.Issued change(Command command);

    void delete(Caller caller, ClientId id);

    /** New secrets for what the client has: a confidential client's secret, a shared-secret client's key. */
    CreateClientApp.Issued renewSecrets(Caller caller, ClientId id);

    /** @param change the client as it will be, from the client as it is (its id and tenant stay) */
    record Command(Caller caller, ClientId id, UnaryOperator<ClientApp> change) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(change, "change");
        }
    }
}
