package io.gerbang.application.service.task;

import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.task.ShowPresence;
import io.gerbang.application.port.out.Presence;
import io.gerbang.domain.task.TaskId;
import java.util.List;

public class ShowPresenceService implements ShowPresence {

    private final TaskAccess access;
    private final Presence presence;

    public ShowPresenceService(TaskAccess access, Presence presence) {
        this.access = access;
        this.presence = presence;
    }

    @Override
    public List<PresentUser> presence(Query query) {
        Principal caller = query.caller();
        TaskId task = query.task();
        access.asMember(caller, task);
        return presence.of(task);
    }
}
