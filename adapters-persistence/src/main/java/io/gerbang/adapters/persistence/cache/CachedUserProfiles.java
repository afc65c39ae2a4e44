package io.gerbang.adapters.persistence.cache;

import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Profiles kept in memory in front of the database, so that reading one's profile or checking a permission
 * costs no database round trip in the steady state. Entries are evicted when any node announces a change
 * (see {@code RedisProfileChanges}), dropped wholesale when that announcement channel reconnects (messages
 * may have been missed), and live at most {@code timeToLive} as a last safety net.
 */
public class CachedUserProfiles implements UserProfiles {

    private final NodeCopy<UserId, ProfileSource> cache;
    /** The store's read, made once: every Bearer request asks for its caller's profile. */
    private final Function<UserId, ProfileSource> read;

    public CachedUserProfiles(UserProfiles source, long maximumSize, Duration timeToLive) {
        this.read = user -> source.of(user).orElse(null);
        this.cache = new NodeCopy<>(
                NodeCaches.bounded(maximumSize).expireAfterWrite(timeToLive).build());
    }

    @Override
    public Optional<ProfileSource> of(UserId user) {
        return Optional.ofNullable(cache.get(user, read));
    }

    public void evict(UserId user) {
        cache.evict(user);
    }

    public void evictAll() {
        cache.evictAll();
    }
}
