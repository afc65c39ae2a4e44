package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.domain.user.UserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Whose profile the use cases said had changed, in order. */
public final class RecordedProfileChanges implements ProfileChanges {

    private final List<UserId> changed = new CopyOnWriteArrayList<>();

    @Override
    public void changed(UserId user) {
        changed.add(user);
    }

    @Override
    public void everyoneChanged() {
        changed.add(null);
    }

    public List<UserId> changed() {
        return List.copyOf(changed);
    }
}
