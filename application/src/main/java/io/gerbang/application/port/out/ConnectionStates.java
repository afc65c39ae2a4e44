package io.gerbang.application.port.out;

import io.gerbang.application.model.RecoverableConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What chat connections had, by private id, for a while: shared by every node, so a client may come back to any. */
public interface ConnectionStates {

    /** Keeps (or renews) each for {@code window} from now. */
    void keep(List<RecoverableConnection> connections, Duration window);

    /** The connection kept under this private id, removed at once: of two that ask together, one gets it. */
    Optional<RecoverableConnection> take(String privateId);

    void forget(String privateId);
}
