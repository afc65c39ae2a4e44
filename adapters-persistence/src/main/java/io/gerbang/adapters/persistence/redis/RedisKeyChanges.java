package io.gerbang.adapters.persistence.redis;

import io.gerbang.domain.tenant.TenantId;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;

/**
 * Announces changes of a tenant's signing keys (a key made, revoked or removed) to every node over a Redis pub/sub
 * channel, so that each signs with the tenant's current key and refuses a revoked one within a moment.
 */
public class RedisKeyChanges {

    private final RedisAnnouncements announcements;

    public RedisKeyChanges(RedissonClient redis, String prefix) {
        this.announcements = new RedisAnnouncements(redis, prefix + "key-changes");
    }

    public void changed(TenantId tenant) {
        announcements.changed(Long.toString(tenant.value()));
    }

    /** {@code onChange} for each tenant announced; {@code onEverything} when the channel is (re)established. */
    public void listen(Consumer<TenantId> onChange, Runnable onEverything) {
        announcements.listen(tenant -> onChange.accept(new TenantId(Long.parseLong(tenant))), onEverything);
    }
}
