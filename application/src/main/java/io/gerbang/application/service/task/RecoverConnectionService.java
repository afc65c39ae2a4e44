package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.port.in.task.RecoverConnection;
import io.gerbang.application.port.out.ConnectionStates;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.domain.task.MessageId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

public class RecoverConnectionService implements RecoverConnection {

    /** What {@link #newPrivateId} makes; anything else is not one of ours and is not looked up. */
    private static final Pattern PRIVATE_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /** An offset is a message id: digits, no sign, no leading zero. */
    private static final Pattern OFFSET = Pattern.compile("[1-9][0-9]{0,17}");

    private final ConnectionStates states;
    private final TaskMessages messages;
    private final Identifiers identifiers;
    private final Duration window;

    public RecoverConnectionService(
            ConnectionStates states, TaskMessages messages, Identifiers identifiers, Duration window) {
        this.states = states;
        this.messages = messages;
        this.identifiers = identifiers;
        this.window = window;
    }

    @Override
    public Duration window() {
        return window;
    }

    @Override
    public String newPrivateId() {
        return identifiers.newSecret();
    }

    @Override
    public void keep(List<RecoverableConnection> connections) {
        if (enabled() && !connections.isEmpty()) {
            states.keep(connections, window);
        }
    }

    @Override
    public Optional<Recovered> recover(String privateId, String offset, Principal caller) {
        if (!enabled()
                || privateId == null
                || !PRIVATE_ID.matcher(privateId).matches()
                || offset == null
                || !OFFSET.matcher(offset).matches()) {
            return Optional.empty();
        }
        // taken whoever asks: a private id someone else presents is spent, not left for another guess
        Optional<RecoverableConnection> kept =
                states.take(privateId).filter(connection -> connection.belongsTo(caller));
        MessageId since = new MessageId(Long.parseLong(offset));
        if (kept.isEmpty()
                || messages.newest()
                        .filter(newest -> newest.value() >= since.value())
                        .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recovered(kept.get(), since));
    }

    @Override
    public void forget(String privateId) {
        if (enabled()) {
            states.forget(privateId);
        }
    }
}
