package io.gerbang.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInChallengeTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final TenantId TENANT = new TenantId(1);

    private static SignInChallenge begun() {
        return SignInChallenge.begin(
                new UserId(7), TENANT, new ClientInfo("test", "127.0.0.1"), SessionEpoch.FIRST, T0);
    }

    @Test
    void itLastsFiveMinutes() {
        assertThat(begun().open(TENANT, T0.plusSeconds(299))).isTrue();
        assertThat(begun().open(TENANT, T0.plusSeconds(300))).isFalse();
    }

    @Test
    void itIsOnlyGoodInItsOwnTenant() {
        assertThat(begun().open(new TenantId(2), T0)).isFalse();
    }

    @Test
    void itDiesAtTheFifthWrongCode() {
        SignInChallenge challenge = begun();
        for (int wrong = 1; wrong < SignInChallenge.WRONG_CODES_ALLOWED; wrong++) {
            challenge = challenge.afterWrongCode();
            assertThat(challenge.open(TENANT, T0))
                    .as("after %d wrong codes", wrong)
                    .isTrue();
        }
        challenge = challenge.afterWrongCode();
        assertThat(challenge.dead()).isTrue();
        assertThat(challenge.open(TENANT, T0)).isFalse();
    }
}
