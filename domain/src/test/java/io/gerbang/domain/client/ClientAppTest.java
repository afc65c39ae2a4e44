package io.gerbang.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.client.ClientPolicies.Kind;
import io.gerbang.domain.client.ClientPolicies.Language;
import io.gerbang.domain.client.ClientPolicies.Logout;
import io.gerbang.domain.client.ClientPolicies.Refresh;
import io.gerbang.domain.client.ClientPolicies.Signing;
import io.gerbang.domain.client.ClientPolicies.Tenants;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAppTest {

    private static final TenantId TENANT = new TenantId(1);

    private static ClientApp client(
            Tenants tenants, Duration ttl, Map<String, String> roleNames, List<String> origins) {
        return new ClientApp(
                new ClientId("kampus"),
                TENANT,
                "Campus app",
                Dialect.CAMPUS,
                tenants,
                ttl,
                Refresh.ROTATE,
                Logout.SESSION,
                Signing.TENANT,
                Language.EN,
                roleNames,
                origins,
                Kind.PUBLIC);
    }

    @Test
    void aClientIdIsThreeToFortyOfLowerCaseLettersDigitsAndDashes() {
        assertThat(ClientId.fits("kampus-2")).isTrue();
        assertThat(ClientId.fits("ab")).isFalse();
        assertThat(ClientId.fits("a".repeat(41))).isFalse();
        assertThat(ClientId.fits("Kampus")).isFalse();
        assertThat(ClientId.fits("kam pus")).isFalse();
        assertThatThrownBy(() -> new ClientId("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAccessTtlIsAMinuteToADayAndAbsentMeansTheServersDefault() {
        assertThat(client(Tenants.OWN, null, null, null).accessTtlOr(Duration.ofMinutes(15)))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(client(Tenants.OWN, Duration.ofDays(1), null, null).accessTtlOr(Duration.ofMinutes(15)))
                .isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> client(Tenants.OWN, Duration.ofSeconds(59), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(Tenants.OWN, Duration.ofSeconds(86_401), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOwnTenantClientIsAlwaysInItsTenantAnAnyTenantOneInTheNamedOne() {
        assertThat(client(Tenants.OWN, null, null, null).tenantFor(new TenantId(2)))
                .isEqualTo(TENANT);
        assertThat(client(Tenants.ANY, null, null, null).tenantFor(new TenantId(2)))
                .isEqualTo(new TenantId(2));
        assertThat(client(Tenants.ANY, null, null, null).tenantFor(null)).isEqualTo(TenantId.DEFAULT);
    }

    @Test
    void theRoleWordIsTheFirstOfTheClientsRoleNamesThePersonHoldsElseTheirFirstRole() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("CONSOLE ADMIN", "admin");
        names.put("PRODI ADMIN", "prodi");
        names.put("USER", "mahasiswa");
        ClientApp campus = client(Tenants.OWN, null, names, null);

        assertThat(campus.roleWordFor(List.of("USER", "PRODI ADMIN")))
                .contains(new ClientApp.RoleWord("prodi", "PRODI ADMIN"));
        assertThat(campus.roleWordFor(List.of("AUDITOR", "USER")))
                .contains(new ClientApp.RoleWord("mahasiswa", "USER"));
        assertThat(campus.roleWordFor(List.of("AUDITOR"))).contains(new ClientApp.RoleWord("AUDITOR", "AUDITOR"));
        assertThat(campus.roleWordFor(List.of())).isEmpty();
    }

    @Test
    void originsAreSchemeHostAndPortOnly() {
        assertThat(client(Tenants.OWN, null, null, List.of("https://kampus.example:3000"))
                        .origins())
                .hasSize(1);
        assertThatThrownBy(() -> client(Tenants.OWN, null, null, List.of("*")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(Tenants.OWN, null, null, List.of("https://kampus.example/path")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyValuesAreWrittenAsTheContractWritesThem() {
        assertThat(ClientPolicies.parse(Signing.class, "shared-secret")).isEqualTo(Signing.SHARED_SECRET);
        assertThat(ClientPolicies.written(Signing.SHARED_SECRET)).isEqualTo("shared-secret");
        assertThatThrownBy(() -> ClientPolicies.parse(Refresh.class, "REUSE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
