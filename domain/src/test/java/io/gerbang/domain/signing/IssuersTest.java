package io.gerbang.domain.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuersTest {

    private final Issuers issuers = new Issuers("https://auth.example.com/");

    @Test
    void eachTenantIsAnIssuerUnderThePublicUrl() {
        assertThat(issuers.of(new TenantId(7))).isEqualTo("https://auth.example.com/t/7");
        assertThat(issuers.tenantOf("https://auth.example.com/t/7")).contains(new TenantId(7));
    }

    @Test
    void anIssuerThatIsNotOneOfOursNamesNoTenant() {
        assertThat(issuers.tenantOf("https://evil.example.com/t/7")).isEmpty();
        assertThat(issuers.tenantOf("https://auth.example.com/t/07")).isEmpty();
        assertThat(issuers.tenantOf("https://auth.example.com/t/7/x")).isEmpty();
        assertThat(issuers.tenantOf("gerbang")).isEmpty();
        assertThat(issuers.tenantOf(null)).isEmpty();
        assertThatThrownBy(() -> new Issuers("auth.example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssuerNamesItsTenantUnderAnyBaseSoNodesWithAnotherPublicUrlAgree() {
        TenantId seven = new TenantId(7);
        assertThat(issuers.names("https://auth.example.com/t/7", seven)).isTrue();
        assertThat(issuers.names("http://localhost:18082/t/7", seven)).isTrue();
        assertThat(issuers.names("http://localhost:18082/t/17", seven)).isFalse();
        assertThat(issuers.names("http://localhost:18082/x/t/7", seven)).isFalse();
        assertThat(issuers.names("http://localhost:18082/t/8", seven)).isFalse();
        assertThat(issuers.names("gerbang", seven)).isFalse();
        assertThat(issuers.names("/t/7", seven)).isFalse();
        assertThat(issuers.names(null, seven)).isFalse();
    }

    @Test
    void aServerSecretTokenIsBelievedOnlyIfIssuedBeforeTenantKeysAndShortLived() {
        Instant upgrade = Instant.parse("2026-12-05T10:00:00Z");
        Instant before = upgrade.minusSeconds(600);
        assertThat(ServerSecretTokens.believed(before, before.plusSeconds(900), Optional.empty()))
                .isTrue();
        assertThat(ServerSecretTokens.believed(before, before.plusSeconds(900), Optional.of(upgrade)))
                .isTrue();
        Instant duringTheRollingUpgrade = upgrade.plus(Duration.ofMinutes(30));
        assertThat(ServerSecretTokens.believed(
                        duringTheRollingUpgrade, duringTheRollingUpgrade.plusSeconds(900), Optional.of(upgrade)))
                .isTrue();
        Instant after = upgrade.plus(Duration.ofHours(2));
        assertThat(ServerSecretTokens.believed(after, after.plusSeconds(900), Optional.of(upgrade)))
                .isFalse();
        assertThat(ServerSecretTokens.believed(before, before.plus(Duration.ofDays(2)), Optional.empty()))
                .isFalse();
    }
}
