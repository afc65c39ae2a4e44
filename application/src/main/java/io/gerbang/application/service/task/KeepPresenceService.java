package io.gerbang.application.service.task;

import io.gerbang.application.port.in.task.KeepPresence;
import io.gerbang.application.port.out.Presence;

public class KeepPresenceService implements KeepPresence {

    private final Presence presence;

    public KeepPresenceService(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void stillThere(OpenConnections open) {
        if (!open.byRoom().isEmpty()) {
            presence.stillThere(open.byRoom());
        }
    }
}
