package io.gerbang.adapters.persistence.redis;

import io.gerbang.domain.client.ClientId;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;

/**
 * Announces changes of client apps (a changed policy, a deletion, a new secret) to every node over a Redis pub/sub
 * channel, so that none serves a client, or checks a token with a key, that is no longer so.
 */
public class RedisClientChanges {

    private final RedisAnnouncements announcements;

    public RedisClientChanges(RedissonClient redis, String prefix) {
        this.announcements = new RedisAnnouncements(redis, prefix + "client-changes");
    }

    public void changed(ClientId client) {
        announcements.changed(client.value());
    }

    /** {@code onChange} for each client announced; {@code onEverything} when the channel is (re)established. */
    public void listen(Consumer<ClientId> onChange, Runnable onEverything) {
        announcements.listen(client -> onChange.accept(new ClientId(client)), onEverything);
    }
}
