import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.redis.RedisRateLimits;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.redisson.api.RedissonClient;

/**
 * The CPU a rate-limit check costs, with the adapter and Redis client the server uses: process CPU (this JVM,
 * Redisson's threads included) per operation: the one check a sign-in makes (take the client's sign-in count,
 * peek at the account-and-address failures, see whether the account has failures to clear), the one a refresh
 * makes (take the user's count), and the count of a failure. Run pinned to the server's core
 * (bench/run.sh limits).
 *
 *   java -cp ... bench/java/LimitCost.java redis://127.0.0.1:6379 20000
 */
public class LimitCost {

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        RedissonClient redis = RedisClients.connect(url);
        String prefix = "limitcost" + System.nanoTime() + ":";
        RedisRateLimits limits = new RedisRateLimits(redis, prefix);
        TenantId tenant = new TenantId(1);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            for (int pass = 0; pass < 3; pass++) { // the first two passes warm the JIT up
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    // fresh keys each time, as for a new client
                    ClientAddress client = new ClientAddress("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
                    LimitKey.Account account = LimitKey.Account.of(new UserId(i + 1));
                    LimitKey pair = LimitKey.failures(tenant, account, client);
                    limits.admit(LimitKey.signIns(tenant, client), pair, List.of(pair, LimitKey.failures(tenant, account)));
                }
                long signInCpu = os.getProcessCpuTime() - cpu;
                long signInWall = System.nanoTime() - wall;
                cpu = os.getProcessCpuTime();
                for (int i = 0; i < rounds; i++) {
                    limits.take(LimitKey.refreshes(tenant, new UserId(i + 1)));
                }
                long refreshCpu = os.getProcessCpuTime() - cpu;
                cpu = os.getProcessCpuTime();
                for (int i = 0; i < rounds; i++) {
                    LimitKey.Account account = LimitKey.Account.of(new UserId(i + 1));
                    limits.count(List.of(LimitKey.failures(tenant, account, new ClientAddress("10.0.0.1")),
                            LimitKey.failures(tenant, account)));
                }
                long failureCpu = os.getProcessCpuTime() - cpu;
                if (pass == 2) {
                    System.out.printf("rate limits: a sign-in's check (admit) %.3f ms CPU (%.3f ms wall); a refresh's"
                                    + " check (take) %.3f ms CPU; a failure's count %.3f ms CPU; over %d of each%n",
                            signInCpu / 1e6 / rounds, signInWall / 1e6 / rounds, refreshCpu / 1e6 / rounds,
                            failureCpu / 1e6 / rounds, rounds);
                }
                redis.getKeys().deleteByPattern(prefix + "*");
            }
        } finally {
            redis.shutdown();
        }
    }
}
