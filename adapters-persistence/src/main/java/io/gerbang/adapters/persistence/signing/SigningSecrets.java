package io.gerbang.adapters.persistence.signing;

import io.gerbang.domain.client.ClientId;
import java.util.Optional;

/** The HS256 keys of clients that sign with a shared secret ({@code signing: shared-secret}), opened. */
public interface SigningSecrets {

    /** The client's signing key; empty when the client is gone or signs with the server's key. */
    Optional<byte[]> keyOf(ClientId client);
}
