package io.gerbang.adapters.persistence.cache;

import io.gerbang.application.port.out.ClientApps;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Client apps kept in memory in front of the database, as profiles are: every request through a client path and
 * every check of one of its tokens asks for its client. A change is announced ({@code announce}: to every node,
 * this one at once), and each node evicts what it heard of ({@link #evict}, {@link #evictAll}); entries live at
 * most {@code timeToLive} as a last safety net. A client that does not exist is not kept.
 */
public class CachedClientApps implements ClientApps {

    private final ClientApps source;
    private final NodeCopy<ClientId, ClientApp> cache;
    private final Consumer<ClientId> announce;

    public CachedClientApps(ClientApps source, Duration timeToLive, Consumer<ClientId> announce) {
        this.source = source;
        this.announce = announce;
        this.cache = new NodeCopy<>(
                NodeCaches.bounded(10_000).expireAfterWrite(timeToLive).build());
    }

    /**
     * Secrets proven lately, by client, as SHA-256 digests (never the secret itself): introspection proves its
     * client on every call, and must not cost a database read each time. A new secret evicts them with the client.
     */
    private final NodeCopy<ClientId, java.util.Set<String>> proven = new NodeCopy<>(
            NodeCaches.bounded(10_000).expireAfterWrite(Duration.ofMinutes(5)).build());

    public void evict(ClientId client) {
        cache.evict(client);
        proven.evict(client);
    }

    public void evictAll() {
        cache.evictAll();
        proven.evictAll();
    }

    @Override
    public boolean proves(ClientId id, String clientSecret) {
        if (clientSecret == null) {
            return false;
        }
        String digest = digest(clientSecret);
        java.util.Set<String> known = proven.getIfPresent(id);
        if (known != null && known.contains(digest)) {
            return true;
        }
        // the digest kept, merged with the others of this client, only if the store says the secret is its
        return proven.merge(
                        id,
                        client -> source.proves(client, clientSecret) ? java.util.Set.of(digest) : null,
                        (held, more) -> held.size() >= 4
                                ? more
                                : java.util.stream.Stream.concat(held.stream(), more.stream())
                                        .collect(java.util.stream.Collectors.toUnmodifiableSet()))
                != null;
    }

    private static String digest(String secret) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public Optional<ClientApp> byId(ClientId id) {
        return Optional.ofNullable(cache.get(id, key -> source.byId(key).orElse(null)));
    }

    @Override
    public List<ClientApp> of(TenantId tenant) {
        return source.of(tenant);
    }

    @Override
    public boolean create(ClientApp client, Secrets secrets) {
        try {
            return source.create(client, secrets);
        } finally {
            // a client id another node found missing a moment ago
            announce.accept(client.id());
        }
    }

    @Override
    public boolean update(ClientApp client) {
        try {
            return source.update(client);
        } finally {
            announce.accept(client.id());
        }
    }

    @Override
    public void renewSecrets(ClientId id, Secrets secrets) {
        try {
            source.renewSecrets(id, secrets);
        } finally {
            announce.accept(id);
        }
    }

    @Override
    public boolean delete(TenantId tenant, ClientId id) {
        try {
            return source.delete(tenant, id);
        } finally {
            announce.accept(id);
        }
    }
}
