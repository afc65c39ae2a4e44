package io.gerbang.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * Profiles kept in memory in front of the database, so that reading one's profile or checking a permission
 * costs no database round trip in the steady state. Entries are evicted when any node announces a change
 * (see {@code RedisProfileChanges}), dropped wholesale when that announcement channel reconnects (messages
 * may have been missed), and live at most {@code timeToLive} as a last safety net.
 */
public class CachedUserProfiles implements UserProfiles {

    private final UserProfiles source;
    private final Cache<UserId, ProfileSource> cache;

    public CachedUserProfiles(UserProfiles source, long maximumSize, Duration timeToLive) {
        this.source = source;
        this.cache =
                NodeCaches.bounded(maximumSize).expireAfterWrite(timeToLive).build();
    }

    @Override
    public Optional<ProfileSource> of(UserId user) {
        ProfileSource cached = cache.getIfPresent(user);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProfileSource> loaded = source.of(user);
        loaded.ifPresent(profile -> cache.put(user, profile));
        return loaded;
    }

    public void evict(UserId user) {
        cache.invalidate(user);
    }

    public void evictAll() {
        cache.invalidateAll();
    }
}
