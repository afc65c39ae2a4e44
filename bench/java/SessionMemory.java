import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.redis.RedisSessions;
import io.gerbang.domain.session.IssuedAccessToken;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;

/**
 * Redis memory per live session: INFO memory before and after opening N sessions through the session
 * store (the same adapter and Lua script the server uses), spread over N/4 users like real traffic.
 */
public class SessionMemory {

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String prefix = "bench-mem:" + System.currentTimeMillis() + ":";
        RedissonClient redis = RedisClients.connect(url);
        RedisSessions sessions = new RedisSessions(redis, prefix);
        SecureRandom random = new SecureRandom();
        HexFormat hex = HexFormat.of();
        long before = usedMemory(redis);
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CompletableFuture<?>[] work = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            byte[] sid = new byte[16];
            byte[] hash = new byte[32];
            byte[] jti = new byte[16];
            random.nextBytes(sid);
            random.nextBytes(hash);
            random.nextBytes(jti);
            Session session = Session.open(new SessionId(hex.formatHex(sid)), new UserId(1 + i / 4), new TenantId(1),
                    new ClientInfo("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0", "192.168.1.10"),
                    new RefreshTokenHash(hex.formatHex(hash)),
                    new IssuedAccessToken(hex.formatHex(jti), now.plusSeconds(900)), now, Duration.ofDays(7));
            work[i] = CompletableFuture.runAsync(() -> sessions.open(session, SessionEpoch.FIRST), pool);
        }
        CompletableFuture.allOf(work).join();
        pool.shutdown();
        long after = usedMemory(redis);
        System.out.printf("%d sessions: used_memory %d -> %d bytes, %.0f bytes per session%n",
                count, before, after, (after - before) / (double) count);
        redis.getKeys().deleteByPattern(prefix + "*");
        redis.shutdown();
    }

    private static long usedMemory(RedissonClient redis) {
        var info = redis.getRedisNodes(RedisNodes.SINGLE).getInstance()
                .info(org.redisson.api.redisnode.RedisNode.InfoSection.MEMORY);
        return Long.parseLong(info.get("used_memory"));
    }
}
