package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.domain.user.UserId;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;

/** Announces profile changes to every node over a Redis pub/sub channel, and listens for them. */
public class RedisProfileChanges implements ProfileChanges {

    private final RedisAnnouncements announcements;

    public RedisProfileChanges(RedissonClient redis, String prefix) {
        this.announcements = new RedisAnnouncements(redis, prefix + "profile-changes");
    }

    @Override
    public void changed(UserId user) {
        announcements.changed(user.toString());
    }

    @Override
    public void everyoneChanged() {
        announcements.everythingChanged();
    }

    /**
     * Calls {@code onChange} for each announced user, and {@code onEveryone} when every profile changed and
     * whenever the channel is (re)established, since announcements made while it was down are lost.
     */
    public void listen(Consumer<UserId> onChange, Runnable onEveryone) {
        announcements.listen(user -> onChange.accept(new UserId(Long.parseLong(user))), onEveryone);
    }
}
