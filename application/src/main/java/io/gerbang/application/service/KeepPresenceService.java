package io.gerbang.application.service;

import io.gerbang.application.port.in.KeepPresence;
import io.gerbang.application.port.out.Presence;
import io.gerbang.domain.task.TaskId;
import java.util.Map;
import java.util.Set;

public class KeepPresenceService implements KeepPresence {

    private final Presence presence;

    public KeepPresenceService(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void stillThere(Map<TaskId, Set<String>> socketsByRoom) {
        if (!socketsByRoom.isEmpty()) {
            presence.stillThere(socketsByRoom);
        }
    }
}
