package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.RedisClusterOfThree;
import io.gerbang.application.port.out.RateLimits;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** A sign-in's limits read several counters in one script: on a Redis Cluster they share the tenant's slot. */
class RedisRateLimitsOnClusterTest {

    private static final TenantId TENANT = new TenantId(1);

    private static RedissonClient redis;

    @BeforeAll
    static void connect() {
        redis = RedisClients.connect(RedisClusterOfThree.shared().url());
    }

    @AfterAll
    static void disconnect() {
        redis.shutdown();
    }

    @Test
    void aSignInIsAdmittedCountedAndClearedOnACluster() {
        RateLimits limits = new RedisRateLimits(redis, "cluster:");
        ClientAddress client = ClientAddress.ofNullable("127.0.0.2");
        Account account = Account.of(new UserId(7));
        LimitKey pair = LimitKey.failures(TENANT, account, client);
        LimitKey accountFailures = LimitKey.failures(TENANT, account);

        RateLimits.Admission first =
                limits.admit(LimitKey.signIns(TENANT, client), pair, List.of(pair, accountFailures));
        assertThat(first.verdict().allowed()).isTrue();
        assertThat(first.watchedCounted()).isFalse();

        limits.count(List.of(pair, accountFailures));
        RateLimits.Admission second =
                limits.admit(LimitKey.signIns(TENANT, client), pair, List.of(pair, accountFailures));
        assertThat(second.verdict().allowed()).isTrue();
        assertThat(second.watchedCounted()).isTrue();

        limits.reset(List.of(pair, accountFailures));
        assertThat(limits.admit(LimitKey.signIns(TENANT, client), pair, List.of(pair, accountFailures))
                        .watchedCounted())
                .isFalse();
        assertThat(limits.take(LimitKey.refreshes(TENANT, new UserId(7))).allowed())
                .isTrue();
    }
}
