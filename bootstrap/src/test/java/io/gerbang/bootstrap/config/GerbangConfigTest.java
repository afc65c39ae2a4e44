package io.gerbang.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.adapters.persistence.password.PasswordHashing;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GerbangConfigTest {

    @Test
    void theContractsDefaultsApplyWhenNothingIsSet() {
        GerbangConfig config = GerbangConfig.from(Map.of());

        assertThat(config.port()).isEqualTo(8082);
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.embeddedRedis()).isTrue();
        assertThat(config.accessTtl()).isEqualTo(Duration.ofSeconds(900));
        assertThat(config.refreshTtl()).isEqualTo(Duration.ofSeconds(604800));
        assertThat(config.refreshGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.bcryptCost()).isEqualTo(10);
        assertThat(config.corsOrigins()).isEqualTo("http://localhost:3000");
        assertThat(config.rateLimits()).isTrue();
        assertThat(config.passwordHash()).isEqualTo(PasswordHashing.Kind.ARGON2ID);
        assertThat(config.trustedProxies().clientOf("127.0.0.2", "10.0.0.1")).isEqualTo("127.0.0.2");
        assertThat(config.demo()).isFalse();
        assertThat(config.dataDir().toString()).endsWith("data");
    }

    @Test
    void refusesASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_JWT_SECRET", "short")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void sharedStoresNeedASharedSecret() {
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_REDIS_URL", "redis://127.0.0.1:6379")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("GERBANG_JWT_SECRET");
    }

    @Test
    void refusesValuesItCannotRead() {
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_PORT", "eighty")))
                .isInstanceOf(ConfigurationError.class);
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_DEMO", "maybe")))
                .isInstanceOf(ConfigurationError.class);
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_BCRYPT_COST", "40")))
                .isInstanceOf(ConfigurationError.class);
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_LOG_FORMAT", "xml")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("json or text");
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_METRICS_ALLOW", "everyone")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("GERBANG_METRICS_ALLOW");
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_PASSWORD_HASH", "scrypt")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("argon2id or bcrypt");
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_TRUSTED_PROXIES", "10.0.0.1, proxy.local")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("proxy.local");
        assertThatThrownBy(() -> GerbangConfig.from(Map.of("GERBANG_TRUSTED_PROXIES", "10.0.0.0/33")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("prefix length");
        assertThatThrownBy(() -> GerbangConfig.from(Map.of(
                        "GERBANG_DB_URL", "mysql://x", "GERBANG_JWT_SECRET", "0123456789abcdef0123456789abcdef")))
                .isInstanceOf(ConfigurationError.class);
    }

    @Test
    void neverPrintsTheSecret() {
        GerbangConfig config = GerbangConfig.from(Map.of("GERBANG_JWT_SECRET", "0123456789abcdef0123456789abcdef"));

        assertThat(config.toString()).doesNotContain("0123456789abcdef");
    }
}
