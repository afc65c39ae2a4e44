package io.gerbang.adapters.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.redis.RedisProfileChanges;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** Two nodes, each with its own cache and Redis connection: a change announced on one evicts on the other. */
class ProfileCacheAcrossNodesTest {

    private static final UserId NARUTO = new UserId(2);

    private final RedissonClient redisA =
            RedisClients.connect(TestStores.shared().redisUrl());
    private final RedissonClient redisB =
            RedisClients.connect(TestStores.shared().redisUrl());

    @AfterEach
    void close() {
        redisA.shutdown();
        redisB.shutdown();
    }

    /** The database behind the cache: counts how often it is asked. */
    static final class CountingSource implements UserProfiles {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<ProfileSource> of(UserId user) {
            int read = reads.incrementAndGet();
            User loaded = User.reconstitute(
                    user,
                    new TenantId(1),
                    new UserIdentity("100000001"),
                    new Email("naruto@company.com"),
                    new DisplayName("Naruto " + read),
                    new PasswordHash("x"),
                    true,
                    new UnitId(2),
                    false,
                    Instant.EPOCH,
                    Instant.EPOCH);
            return Optional.of(new ProfileSource(
                    loaded,
                    new Tenant(new TenantId(1), "T", io.gerbang.domain.tenant.TenantType.INTERNAL, true),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null));
        }
    }

    /** Node A keeps profiles in memory and listens; node B only announces. */
    private record TwoNodes(CountingSource database, CachedUserProfiles cacheA, RedisProfileChanges changesB) {}

    private TwoNodes twoNodes() {
        String prefix = TestStores.newRedisPrefix();
        CountingSource database = new CountingSource();
        CachedUserProfiles cacheA = new CachedUserProfiles(database, 1000, Duration.ofMinutes(5));
        new RedisProfileChanges(redisA, prefix).listen(cacheA::evict, cacheA::evictAll);
        return new TwoNodes(database, cacheA, new RedisProfileChanges(redisB, prefix));
    }

    @Test
    void aProfileIsReadFromTheStoreOnceThenServedFromMemoryUntilAnyNodeAnnouncesAChange() {
        TwoNodes nodes = twoNodes();
        CountingSource database = nodes.database();
        CachedUserProfiles cacheA = nodes.cacheA();
        RedisProfileChanges changesB = nodes.changesB();

        cacheA.of(NARUTO);
        cacheA.of(NARUTO);
        cacheA.of(NARUTO);
        int readsBeforeChange = database.reads.get();
        assertThat(readsBeforeChange).isLessThanOrEqualTo(2); // one read, plus one if the subscription landed meanwhile

        changesB.changed(NARUTO);

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            cacheA.of(NARUTO);
            return database.reads.get() > readsBeforeChange;
        });
        assertThat(cacheA.of(NARUTO).orElseThrow().user().name().value()).isEqualTo("Naruto " + database.reads.get());
    }

    @Test
    void everyProfileIsReadAgainWhenAnyNodeAnnouncesThatEveryoneChanged() {
        TwoNodes nodes = twoNodes();
        CountingSource database = nodes.database();
        CachedUserProfiles cacheA = nodes.cacheA();
        UserId sakura = new UserId(3);

        cacheA.of(NARUTO);
        cacheA.of(sakura);
        int readsBeforeChange = database.reads.get();

        nodes.changesB().everyoneChanged();

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            cacheA.of(NARUTO);
            cacheA.of(sakura);
            return database.reads.get() >= readsBeforeChange + 2;
        });
    }
}
