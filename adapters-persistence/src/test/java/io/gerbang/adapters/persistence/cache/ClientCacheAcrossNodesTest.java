package io.gerbang.adapters.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.redis.RedisClientChanges;
import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * Two nodes, each with its own cache of client apps: a client changed or deleted through one is read again on the
 * other.
 */
class ClientCacheAcrossNodesTest {

    private static final ClientId PORTAL = new ClientId("portal");
    private static final TenantId TENANT = new TenantId(1);

    private final RedissonClient redisA =
            RedisClients.connect(TestStores.shared().redisUrl());
    private final RedissonClient redisB =
            RedisClients.connect(TestStores.shared().redisUrl());

    @AfterEach
    void close() {
        redisA.shutdown();
        redisB.shutdown();
    }

    /** The database behind both caches: counts how often a client is read. */
    static final class CountingStore implements ClientApps {
        final Map<ClientId, ClientApp> rows = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<ClientApp> byId(ClientId id) {
            reads.incrementAndGet();
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<ClientApp> of(TenantId tenant) {
            return List.copyOf(rows.values());
        }

        @Override
        public boolean create(ClientApp client, Secrets secrets) {
            return rows.putIfAbsent(client.id(), client) == null;
        }

        @Override
        public boolean update(ClientApp client) {
            return rows.replace(client.id(), client) != null;
        }

        @Override
        public void renewSecrets(ClientId id, Secrets secrets) {}

        @Override
        public boolean proves(ClientId id, String clientSecret) {
            return false;
        }

        @Override
        public boolean delete(TenantId tenant, ClientId id) {
            return rows.remove(id) != null;
        }
    }

    private static CachedClientApps node(ClientApps store, RedissonClient redis, String prefix) {
        RedisClientChanges changes = new RedisClientChanges(redis, prefix);
        CachedClientApps cache = new CachedClientApps(store, Duration.ofMinutes(5), changes::changed);
        changes.listen(cache::evict, cache::evictAll);
        return cache;
    }

    @Test
    void aClientIsReadOnceThenServedFromMemoryUntilAnotherNodeChangesOrDeletesIt() {
        String prefix = TestStores.newRedisPrefix();
        CountingStore database = new CountingStore();
        database.create(ClientApp.withDefaults(PORTAL, TENANT, "Portal"), ClientApps.Secrets.NONE);
        CachedClientApps nodeA = node(database, redisA, prefix);
        CachedClientApps nodeB = node(database, redisB, prefix);

        nodeA.byId(PORTAL);
        nodeA.byId(PORTAL);
        int readsBefore = database.reads.get();
        assertThat(readsBefore).isLessThanOrEqualTo(2); // one read, plus one if the subscription landed meanwhile

        ClientApp before = ClientApp.withDefaults(PORTAL, TENANT, "Portal");
        ClientApp renamed = new ClientApp(
                PORTAL,
                TENANT,
                "Portal baru",
                before.dialect(),
                before.tenants(),
                Duration.ofMinutes(30),
                before.refresh(),
                before.logout(),
                before.signing(),
                before.language(),
                null,
                null,
                before.kind());
        assertThat(nodeB.update(renamed)).isTrue();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> nodeA.byId(PORTAL)
                        .map(ClientApp::name)
                        .filter("Portal baru"::equals)
                        .isPresent());
        assertThat(database.reads.get()).isGreaterThan(readsBefore);

        assertThat(nodeB.delete(TENANT, PORTAL)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> nodeA.byId(PORTAL).isEmpty());
    }
}
