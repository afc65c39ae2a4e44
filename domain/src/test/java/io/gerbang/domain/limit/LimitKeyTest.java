package io.gerbang.domain.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitKeyTest {

    private final TenantId tenant = new TenantId(1);
    private final ClientAddress client = new ClientAddress("127.0.0.2");

    @Test
    void theContractsLimitsAndHowFastTheyComeBack() {
        assertThat(RateLimit.SIGN_INS_PER_CLIENT.capacity()).isEqualTo(10);
        assertThat(RateLimit.SIGN_INS_PER_CLIENT.refillEach()).isEqualTo(Duration.ofSeconds(6));
        assertThat(RateLimit.FAILURES_PER_ACCOUNT_AND_CLIENT.refillEach()).isEqualTo(Duration.ofMinutes(3));
        assertThat(RateLimit.FAILURES_PER_ACCOUNT.refillEach()).isEqualTo(Duration.ofSeconds(72));
        assertThat(RateLimit.REFRESHES_PER_USER.capacity()).isEqualTo(5);
        assertThat(RateLimit.SESSION_CHECKS_PER_USER.capacity()).isEqualTo(20);
    }

    @Test
    void failuresAreCountedPerAccountAndClientApartFromPerAccount() {
        LimitKey.Account naruto = LimitKey.Account.of(new UserId(7));
        LimitKey pair = LimitKey.failures(tenant, naruto, client);
        LimitKey everywhere = LimitKey.failures(tenant, naruto);

        assertThat(pair.limit()).isEqualTo(RateLimit.FAILURES_PER_ACCOUNT_AND_CLIENT);
        assertThat(everywhere.limit()).isEqualTo(RateLimit.FAILURES_PER_ACCOUNT);
        assertThat(pair.subject())
                .isNotEqualTo(LimitKey.failures(tenant, naruto, new ClientAddress("127.0.0.3"))
                        .subject());
        assertThat(pair).isNotEqualTo(LimitKey.failures(new TenantId(2), naruto, client));
    }

    @Test
    void anUnknownNameIsCountedByTheNameWhateverItsCase() {
        assertThat(LimitKey.Account.named("Nobody@Example.com"))
                .isEqualTo(LimitKey.Account.named("nobody@example.com"))
                .isNotEqualTo(LimitKey.Account.of(new UserId(1)));
    }

    @Test
    void anAddressNobodyCouldTellIsOneSharedCounter() {
        assertThat(ClientAddress.ofNullable(null)).isEqualTo(ClientAddress.unknown());
        assertThat(ClientAddress.ofNullable("x".repeat(65))).isEqualTo(ClientAddress.unknown());
        assertThatThrownBy(() -> new ClientAddress("")).isInstanceOf(IllegalArgumentException.class);
    }
}
