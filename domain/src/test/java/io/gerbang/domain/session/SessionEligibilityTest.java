package io.gerbang.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Users;
import org.junit.jupiter.api.Test;

class SessionEligibilityTest {

    private static final Tenant OPEN =
            new Tenant(new TenantId(1), "PT. Huminor Tech", io.gerbang.domain.tenant.TenantType.INTERNAL, true);
    private static final Tenant CLOSED =
            new Tenant(new TenantId(1), "PT. Huminor Tech", io.gerbang.domain.tenant.TenantType.INTERNAL, false);

    @Test
    void anActivePersonOfAnActiveTenantMayHoldASession() {
        assertThat(SessionEligibility.of(Users.naruto(), OPEN)).isEqualTo(SessionEligibility.ELIGIBLE);
    }

    @Test
    void aClosedTenantHoldsNoSessionEvenOfAnActivePerson() {
        assertThat(SessionEligibility.of(Users.naruto(), CLOSED)).isEqualTo(SessionEligibility.TENANT_CLOSED);
    }

    @Test
    void anInactivePersonIsToldSoFirst() {
        assertThat(SessionEligibility.of(Users.inactive(), OPEN)).isEqualTo(SessionEligibility.ACCOUNT_INACTIVE);
        assertThat(SessionEligibility.of(Users.inactive(), CLOSED)).isEqualTo(SessionEligibility.ACCOUNT_INACTIVE);
    }

    @Test
    void aPersonIsJudgedWithTheirOwnTenantOnly() {
        Tenant other = new Tenant(new TenantId(2), "PT. Mitra Lain", io.gerbang.domain.tenant.TenantType.PARTNER, true);
        assertThatThrownBy(() -> SessionEligibility.of(Users.naruto(), other))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
