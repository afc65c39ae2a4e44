package io.gerbang.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NewTenantTest {

    @Test
    void aNameIsTrimmedAndMustBePrintable() {
        assertThat(new NewTenant("  PT. Baru  ", TenantType.PARTNER).name()).isEqualTo("PT. Baru");
        assertThatThrownBy(() -> new NewTenant(" ", TenantType.INTERNAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewTenant("a\u0000b", TenantType.INTERNAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewTenant("x".repeat(201), TenantType.INTERNAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTypesAreInternalAndPartnerByTheirCodes() {
        assertThat(TenantType.ofCode("partner")).isEqualTo(TenantType.PARTNER);
        assertThat(TenantType.ofCode("internal").code()).isEqualTo("internal");
        assertThatThrownBy(() -> TenantType.ofCode("Partner")).isInstanceOf(IllegalArgumentException.class);
    }
}
