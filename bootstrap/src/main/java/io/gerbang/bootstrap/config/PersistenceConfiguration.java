package io.gerbang.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import io.gerbang.adapters.persistence.cache.CachedClientApps;
import io.gerbang.adapters.persistence.cache.CachedSigningKeys;
import io.gerbang.adapters.persistence.cache.CachedTenants;
import io.gerbang.adapters.persistence.cache.CachedUserProfiles;
import io.gerbang.adapters.persistence.jdbc.GatedDataSource;
import io.gerbang.adapters.persistence.jdbc.JdbcClientApps;
import io.gerbang.adapters.persistence.jdbc.JdbcOrganisation;
import io.gerbang.adapters.persistence.jdbc.JdbcRoleAssignments;
import io.gerbang.adapters.persistence.jdbc.JdbcRoles;
import io.gerbang.adapters.persistence.jdbc.JdbcSigningKeys;
import io.gerbang.adapters.persistence.jdbc.JdbcStoreProbe;
import io.gerbang.adapters.persistence.jdbc.JdbcTenantAdministration;
import io.gerbang.adapters.persistence.jdbc.JdbcTenants;
import io.gerbang.adapters.persistence.jdbc.JdbcTransactions;
import io.gerbang.adapters.persistence.jdbc.JdbcTwoFactorSecrets;
import io.gerbang.adapters.persistence.jdbc.JdbcUserProfiles;
import io.gerbang.adapters.persistence.jdbc.JdbcUsers;
import io.gerbang.adapters.persistence.jdbc.Migrations;
import io.gerbang.adapters.persistence.jdbc.PostgresDataSources;
import io.gerbang.adapters.persistence.password.PasswordHashing;
import io.gerbang.adapters.persistence.redis.RedisClientChanges;
import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.redis.RedisKeyChanges;
import io.gerbang.adapters.persistence.redis.RedisProfileChanges;
import io.gerbang.adapters.persistence.redis.RedisRateLimits;
import io.gerbang.adapters.persistence.redis.RedisSessions;
import io.gerbang.adapters.persistence.redis.RedisSignInChallenges;
import io.gerbang.adapters.persistence.redis.RedisStoreProbe;
import io.gerbang.adapters.persistence.redis.RedisUsedCodes;
import io.gerbang.adapters.persistence.secret.DataKey;
import io.gerbang.adapters.persistence.secret.JwtSecret;
import io.gerbang.adapters.persistence.secret.SecretBox;
import io.gerbang.adapters.persistence.signing.JwtAccessTokens;
import io.gerbang.adapters.persistence.telemetry.MeteredDataSource;
import io.gerbang.adapters.persistence.telemetry.RedisRoundTrips;
import io.gerbang.adapters.persistence.telemetry.StoreRoundTrips;
import io.gerbang.adapters.persistence.token.HmacCursors;
import io.gerbang.adapters.persistence.token.HmacRefreshTokens;
import io.gerbang.adapters.persistence.token.RandomIdentifiers;
import io.gerbang.adapters.persistence.twofactor.OtpTotp;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.RateLimits;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.RoleAssignments;
import io.gerbang.application.port.out.Roles;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.application.port.out.StoreProbe;
import io.gerbang.application.port.out.TenantAdministration;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.port.out.Totp;
import io.gerbang.application.port.out.Transactions;
import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.application.port.out.UsedCodes;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.application.port.out.Users;
import io.gerbang.bootstrap.stores.StoreEndpoints;
import io.gerbang.domain.signing.Issuers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbound adapters, each behind the port it implements. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    /** Connections to PostgreSQL: at most this many at once. */
    static final int DB_CONNECTIONS = 16;
    /** Callers that may hold or wait for one of them at once; the next is a 503 at once (GatedDataSource). */
    static final int DB_CALLERS = 2 * DB_CONNECTIONS;

    @Bean(destroyMethod = "close")
    HikariDataSource connectionPool(StoreEndpoints stores, GerbangConfig config, MeterRegistry metrics) {
        HikariDataSource pool = PostgresDataSources.pool(
                withSchema(stores.jdbcUrl(), config.dbSchema()),
                stores.dbUser(),
                stores.dbPassword(),
                DB_CONNECTIONS,
                metrics);
        Migrations.migrate(pool, config.dbSchema());
        return pool;
    }

    /** What every JDBC adapter uses: the pool behind its gate, each round trip metered. */
    @Bean
    @Primary
    DataSource dataSource(HikariDataSource connectionPool, MeterRegistry metrics) {
        return new MeteredDataSource(
                new GatedDataSource(connectionPool, DB_CALLERS), new StoreRoundTrips(metrics, "postgresql"));
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean(destroyMethod = "shutdown")
    RedissonClient redisson(StoreEndpoints stores, MeterRegistry metrics) {
        return RedisClients.connect(stores.redisUrl(), new RedisRoundTrips(new StoreRoundTrips(metrics, "redis")));
    }

    @Bean
    JwtSecret jwtSecret(GerbangConfig config) {
        return config.jwtSecret() != null ? JwtSecret.of(config.jwtSecret()) : JwtSecret.keptIn(config.dataDir());
    }

    /** GERBANG_DATA_KEY; embedded: kept in the data dir; external stores without it: derived from the JWT secret. */
    @Bean
    DataKey dataKey(GerbangConfig config, JwtSecret jwtSecret) {
        if (config.dataKey() != null) {
            return DataKey.of(config.dataKey());
        }
        return config.jwtSecret() == null ? DataKey.keptIn(config.dataDir()) : DataKey.derivedFrom(jwtSecret);
    }

    @Bean
    SecretBox secretBox(DataKey key) {
        return new SecretBox(key);
    }

    @Bean
    TwoFactorSecrets twoFactorSecrets(JdbcTemplate jdbc, SecretBox box) {
        return new JdbcTwoFactorSecrets(jdbc, box);
    }

    @Bean
    Totp totp() {
        return new OtpTotp();
    }

    @Bean
    UsedCodes usedCodes(RedissonClient redisson, GerbangConfig config) {
        return new RedisUsedCodes(redisson, config.redisPrefix());
    }

    @Bean
    SignInChallenges signInChallenges(RedissonClient redisson, GerbangConfig config) {
        return new RedisSignInChallenges(redisson, config.redisPrefix());
    }

    @Bean
    RateLimits rateLimits(RedissonClient redisson, GerbangConfig config) {
        return new RedisRateLimits(redisson, config.redisPrefix());
    }

    @Bean
    Users users(JdbcTemplate jdbc) {
        return new JdbcUsers(jdbc);
    }

    @Bean
    Transactions transactions(DataSource dataSource) {
        return new JdbcTransactions(dataSource);
    }

    @Bean
    Roles roles(DataSource dataSource) {
        return new JdbcRoles(dataSource);
    }

    @Bean
    RoleAssignments roleAssignments(DataSource dataSource) {
        return new JdbcRoleAssignments(dataSource);
    }

    @Bean
    TenantAdministration tenantAdministration(DataSource dataSource) {
        return new JdbcTenantAdministration(new JdbcTemplate(dataSource));
    }

    @Bean
    Organisation organisation(JdbcTemplate jdbc) {
        return new JdbcOrganisation(jdbc);
    }

    @Bean
    Tenants tenants(DataSource dataSource) {
        return new CachedTenants(new JdbcTenants(dataSource), Duration.ofSeconds(1));
    }

    @Bean
    RedisProfileChanges profileChanges(RedissonClient redisson, GerbangConfig config) {
        return new RedisProfileChanges(redisson, config.redisPrefix());
    }

    @Bean
    UserProfiles userProfiles(JdbcTemplate jdbc, RedisProfileChanges changes) {
        CachedUserProfiles cached = new CachedUserProfiles(new JdbcUserProfiles(jdbc), 100_000, Duration.ofMinutes(5));
        changes.listen(cached::evict, cached::evictAll);
        return cached;
    }

    @Bean
    Sessions sessions(RedissonClient redisson, GerbangConfig config) {
        return new RedisSessions(redisson, config.redisPrefix(), true);
    }

    @Bean
    JdbcClientApps storedClientApps(DataSource dataSource, SecretBox box) {
        return new JdbcClientApps(dataSource, box);
    }

    @Bean
    RedisClientChanges clientChanges(RedissonClient redisson, GerbangConfig config) {
        return new RedisClientChanges(redisson, config.redisPrefix());
    }

    /**
     * What the application reads through: the stored clients in memory, evicted (with a shared-secret client's key)
     * on every node when any announces a change, and kept five minutes at most.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    ClientApps clientApps(JdbcClientApps stored, RedisClientChanges changes, JwtAccessTokens accessTokens) {
        CachedClientApps cached = new CachedClientApps(stored, Duration.ofMinutes(5), changes::changed);
        changes.listen(
                client -> {
                    cached.evict(client);
                    accessTokens.forgetClientKey(client);
                },
                () -> {
                    cached.evictAll();
                    accessTokens.forgetClientKeys();
                });
        return cached;
    }

    @Bean
    JwtAccessTokens accessTokens(
            JwtSecret secret,
            JdbcClientApps signingSecrets,
            JdbcSigningKeys keyMaterial,
            Issuers issuers,
            java.time.Clock clock) {
        return new JwtAccessTokens(secret, signingSecrets, keyMaterial, issuers, clock);
    }

    @Bean
    Issuers issuers(GerbangConfig config) {
        return new Issuers(config.issuerBase());
    }

    @Bean
    JdbcSigningKeys storedSigningKeys(DataSource dataSource, SecretBox box) {
        return new JdbcSigningKeys(dataSource, box);
    }

    @Bean
    RedisKeyChanges keyChanges(RedissonClient redisson, GerbangConfig config) {
        return new RedisKeyChanges(redisson, config.redisPrefix());
    }

    /**
     * What the application reads keys through: the stored keys in memory, evicted on every node when any makes,
     * revokes or removes one of a tenant's, and kept a minute at most.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    SigningKeys signingKeys(JdbcSigningKeys stored, RedisKeyChanges changes) {
        CachedSigningKeys cached = new CachedSigningKeys(stored, Duration.ofMinutes(1), changes::changed);
        changes.listen(cached::evict, cached::evictAll);
        return cached;
    }

    @Bean
    RefreshTokens refreshTokens(JwtSecret secret) {
        return new HmacRefreshTokens(secret);
    }

    @Bean
    Cursors cursors(JwtSecret secret) {
        return new HmacCursors(secret);
    }

    @Bean
    Identifiers identifiers() {
        return new RandomIdentifiers();
    }

    @Bean
    PasswordHashes passwordHashes(GerbangConfig config) {
        return new PasswordHashing(config.passwordHash(), config.bcryptCost());
    }

    @Bean
    List<StoreProbe> storeProbes(DataSource dataSource, RedissonClient redisson) {
        return List.of(new JdbcStoreProbe(dataSource), new RedisStoreProbe(redisson));
    }

    static String withSchema(String jdbcUrl, String schema) {
        if (schema == null) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
