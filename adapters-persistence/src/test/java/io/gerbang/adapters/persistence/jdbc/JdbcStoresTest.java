package io.gerbang.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.gerbang.adapters.persistence.password.BcryptPasswordHashes;
import io.gerbang.adapters.persistence.secret.DataKey;
import io.gerbang.adapters.persistence.secret.SecretBox;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.StoreUnavailable;
import io.gerbang.application.port.out.UserProfiles.ProfileSource;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JDBC adapters against a real PostgreSQL, migrated and loaded with the demo data. */
class JdbcStoresTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final TenantId MITRA = new TenantId(2);
    private static final UserId HASBI = new UserId(1);
    private static final UserId KAKASHI = new UserId(4);

    private static HikariDataSource dataSource;
    private static JdbcUsers users;
    private static JdbcTenants tenants;
    private static JdbcUserProfiles profiles;

    @BeforeAll
    static void migrateAndLoad() {
        String schema = TestStores.newSchema();
        dataSource = PostgresDataSources.pool(TestStores.shared().jdbcUrl(schema), null, null, 4);
        Migrations.migrate(dataSource, schema);
        assertThat(DemoData.loadIfEmpty(dataSource, new BcryptPasswordHashes(4)))
                .isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        users = new JdbcUsers(jdbc);
        tenants = new JdbcTenants(dataSource);
        profiles = new JdbcUserProfiles(jdbc);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void demoDataLoadsOnlyIntoAnEmptyDatabase() {
        assertThat(DemoData.loadIfEmpty(dataSource, new BcryptPasswordHashes(4)))
                .isFalse();
    }

    @Test
    void findsUsersByIdentityAndByEmailWhateverItsCase() {
        User byIdentity =
                users.byIdentity(HUMINOR, new UserIdentity("800000001")).orElseThrow();
        User byEmail = users.byEmail(HUMINOR, new Email("HASBI@Company.com")).orElseThrow();

        assertThat(byIdentity.id()).isEqualTo(HASBI).isEqualTo(byEmail.id());
        assertThat(byIdentity.name().value()).isEqualTo("Hasbi Due");
        assertThat(byIdentity.unitId()).isNull();
    }

    @Test
    void aUserOfAnotherTenantIsNotFound() {
        assertThat(users.byIdentity(MITRA, new UserIdentity("800000001"))).isEmpty();
        assertThat(users.byId(MITRA, HASBI)).isEmpty();
        assertThat(users.byId(HUMINOR, HASBI)).isPresent();
    }

    @Test
    void changesAPasswordHash() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UserId sakura = users.byIdentity(HUMINOR, new UserIdentity("100000002"))
                .orElseThrow()
                .id();

        users.changePasswordHash(sakura, new PasswordHash("$2a$04$changed"), now);

        User changed = users.byId(HUMINOR, sakura).orElseThrow();
        assertThat(changed.passwordHash().value()).isEqualTo("$2a$04$changed");
        assertThat(changed.updatedAt()).isEqualTo(now);
    }

    @Test
    void aHashUpgradeReplacesOnlyTheHashItVerified() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // tenant 3: no other test lists its users
        User registered = users.add(
                        new NewUser(
                                new TenantId(3),
                                new UserIdentity("300000101"),
                                new Email("upgrade@company.com"),
                                new DisplayName("Upgrade"),
                                new PasswordHash("$2a$04$old"),
                                null,
                                true),
                        now)
                .orElseThrow();

        assertThat(users.upgradePasswordHash(
                        registered.id(), new PasswordHash("$2a$04$old"), new PasswordHash("$argon2id$stronger"), now))
                .isTrue();
        users.changePasswordHash(registered.id(), new PasswordHash("$argon2id$changed"), now);
        // a sign-in that verified the old hash before the change was stored does not bring the old password back
        assertThat(users.upgradePasswordHash(
                        registered.id(),
                        new PasswordHash("$argon2id$stronger"),
                        new PasswordHash("$argon2id$upgraded-old"),
                        now))
                .isFalse();

        assertThat(users.byId(new TenantId(3), registered.id())
                        .orElseThrow()
                        .passwordHash()
                        .value())
                .isEqualTo("$argon2id$changed");
    }

    @Test
    void aSaveWritesOnlyWhatItsChangeTouched() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        User read = users.add(
                        new NewUser(
                                new TenantId(3),
                                new UserIdentity("300000102"),
                                new Email("partial@company.com"),
                                new DisplayName("Partial"),
                                new PasswordHash("$2a$04$first"),
                                null,
                                true),
                        now)
                .orElseThrow();

        // two changes made from the same read: a deactivation, then a new password stored after it
        users.save(read, read.activated(false, now.plusSeconds(1)));
        users.save(read, read.withPasswordHash(new PasswordHash("$2a$04$second"), now.plusSeconds(2)));
        users.save(read, read.renamed(new DisplayName("Renamed"), now.plusSeconds(3)));

        User stored = users.byId(new TenantId(3), read.id()).orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.passwordHash().value()).isEqualTo("$2a$04$second");
        assertThat(stored.name().value()).isEqualTo("Renamed");
        assertThat(stored.unitId()).isNull();
    }

    @Test
    void pagesThroughAWholeTenantByIdBothWays() {
        Scope wholeTenant = new Scope(true, java.util.Set.of());

        var first = users.page(HUMINOR, wholeTenant, null, 2);
        var second = users.page(HUMINOR, wholeTenant, new Cursors.Position(true, 2), 2);
        var back = users.page(HUMINOR, wholeTenant, new Cursors.Position(false, 3), 2);

        assertThat(first).extracting(user -> user.id().value()).containsExactly(1L, 2L);
        assertThat(second).extracting(user -> user.id().value()).containsExactly(3L, 4L);
        assertThat(back).extracting(user -> user.id().value()).containsExactly(1L, 2L);
        assertThat(users.page(MITRA, wholeTenant, null, 10))
                .extracting(user -> user.id().value())
                .containsExactly(6L);
    }

    @Test
    void aFewUnitsAndManyUnitsPageAlikeBothWays() {
        // units 2 and 3 hold users 2, 3, 4, 5; the wide scope adds units that do not exist, past the unit-by-unit limit
        java.util.Set<UnitId> wide = new java.util.HashSet<>(java.util.Set.of(new UnitId(2), new UnitId(3)));
        for (long unit = 1000; wide.size() <= JdbcUsers.UNIT_BY_UNIT_MAX; unit++) {
            wide.add(new UnitId(unit));
        }
        for (Scope scope : java.util.List.of(
                new Scope(false, java.util.Set.of(new UnitId(2), new UnitId(3))), new Scope(false, wide))) {
            assertThat(users.page(HUMINOR, scope, null, 2))
                    .extracting(user -> user.id().value())
                    .containsExactly(2L, 3L);
            assertThat(users.page(HUMINOR, scope, new Cursors.Position(true, 3), 2))
                    .extracting(user -> user.id().value())
                    .containsExactly(4L, 5L);
            assertThat(users.page(HUMINOR, scope, new Cursors.Position(false, 5), 2))
                    .extracting(user -> user.id().value())
                    .containsExactly(3L, 4L);
            assertThat(users.page(MITRA, scope, null, 10)).isEmpty();
        }
    }

    @Test
    void aUnitScopeReachesOnlyTheUsersAtHomeInItsUnits() {
        var unitTwo = users.page(HUMINOR, new Scope(false, java.util.Set.of(new UnitId(2))), null, 10);
        var none = users.page(HUMINOR, new Scope(false, java.util.Set.of()), null, 10);

        assertThat(unitTwo)
                .extracting(user -> user.identity().value())
                .containsExactly("100000001", "100000003", "100000009");
        assertThat(none).isEmpty();
    }

    @Test
    void registersAUserOnceAndSavesTheirChanges() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        NewUser fresh = new NewUser(
                HUMINOR,
                new UserIdentity("300000001"),
                new Email("fresh@company.com"),
                new DisplayName("Fresh"),
                new PasswordHash("$2a$04$fresh"),
                new UnitId(2),
                true);

        User added = users.add(fresh, now).orElseThrow();

        assertThat(added.name().value()).isEqualTo("Fresh");
        assertThat(added.unitId()).isEqualTo(new UnitId(2));
        assertThat(users.add(fresh, now)).isEmpty();
        assertThat(users.add(
                        new NewUser(
                                HUMINOR,
                                new UserIdentity("300000002"),
                                new Email("FRESH@company.com"),
                                new DisplayName("Twin"),
                                new PasswordHash("x"),
                                null,
                                true),
                        now))
                .isEmpty();
        // the same identity in another tenant is another person (tenant 3: no other test lists it)
        assertThat(users.add(
                        new NewUser(
                                new TenantId(3),
                                new UserIdentity("300000001"),
                                new Email("fresh@company.com"),
                                new DisplayName("Elsewhere"),
                                new PasswordHash("x"),
                                null,
                                true),
                        now))
                .isPresent();

        users.save(added, added.movedTo(new UnitId(3), now.plusSeconds(1)).activated(false, now.plusSeconds(1)));

        User saved = users.byId(HUMINOR, added.id()).orElseThrow();
        assertThat(saved.unitId()).isEqualTo(new UnitId(3));
        assertThat(saved.active()).isFalse();
        assertThat(saved.updatedAt()).isEqualTo(now.plusSeconds(1));
        assertThat(new JdbcOrganisation(new JdbcTemplate(dataSource)).unit(HUMINOR, new UnitId(3)))
                .isPresent();
        assertThat(new JdbcOrganisation(new JdbcTemplate(dataSource)).unit(MITRA, new UnitId(3)))
                .isEmpty();
    }

    @Test
    void aRoleIsDefinedWithItsPermissionsOncePerTenant() {
        JdbcRoles roles = new JdbcRoles(dataSource);

        var defined = roles.add(HUMINOR, "AUDITOR", "reads", Permission.setOf("users.read", "roles.read"));

        assertThat(defined).isPresent();
        assertThat(roles.of(HUMINOR))
                .filteredOn(role -> role.name().equals("AUDITOR"))
                .singleElement()
                .satisfies(role -> assertThat(role.permissions())
                        .containsExactlyInAnyOrder(new Permission("users.read"), new Permission("roles.read")));
        assertThat(roles.add(HUMINOR, "AUDITOR", "again", Permission.setOf("users.read")))
                .isEmpty();
        assertThat(roles.of(MITRA)).extracting(role -> role.name()).containsExactly("CONSOLE ADMIN");
        assertThat(roles.knownPermissions())
                .contains(new Permission("users.read"), new Permission("auth.sessions.manage"))
                .doesNotContain(new Permission("x"));
    }

    @Test
    void aRoleWithAnUnknownPermissionIsNotHalfWritten() {
        JdbcRoles roles = new JdbcRoles(dataSource);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> roles.add(HUMINOR, "HALF", "", Permission.setOf("users.read", "no.such.permission")))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        assertThat(roles.of(HUMINOR)).extracting(role -> role.name()).doesNotContain("HALF");
    }

    @Test
    void opensATenantWithItsCompanyAndAdministratorRoleOncePerName() {
        OpenedTenant opened = tenants.open(
                        new NewTenant("PT. Baru Sekali", TenantType.PARTNER),
                        Permission.setOf("users.read", "roles.assign"))
                .orElseThrow();

        assertThat(tenants.byId(opened.id()).orElseThrow())
                .isEqualTo(
                        new Tenant(opened.id(), "PT. Baru Sekali", io.gerbang.domain.tenant.TenantType.PARTNER, true));
        JdbcRoles roles = new JdbcRoles(dataSource);
        assertThat(roles.byId(opened.id(), opened.administratorRoleId())
                        .orElseThrow()
                        .permissions())
                .containsExactlyInAnyOrder(new Permission("users.read"), new Permission("roles.assign"));
        assertThat(new JdbcOrganisation(new JdbcTemplate(dataSource)).company(opened.id(), opened.companyId()))
                .isPresent();
        Integer tenantsBefore =
                new JdbcTemplate(dataSource).queryForObject("select count(*) from tenants", Integer.class);
        assertThat(tenants.open(new NewTenant("pt. baru SEKALI", TenantType.INTERNAL), Permission.setOf("users.read")))
                .isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from tenants", Integer.class))
                .isEqualTo(tenantsBefore);
    }

    @Test
    void readsTenantsWithTheirStanding() {
        assertThat(tenants.byId(HUMINOR).orElseThrow().admitsSignIns()).isTrue();
        assertThat(tenants.byId(new TenantId(3)).orElseThrow().admitsSignIns()).isFalse();
        assertThat(tenants.byId(new TenantId(99))).isEmpty();
    }

    @Test
    void aCompanyAdminsProfileNamesTheAssignmentAndNeedsNoUnits() {
        ProfileSource hasbi = profiles.of(HASBI).orElseThrow();

        assertThat(hasbi.tenant().name()).isEqualTo("PT. Huminor Tech");
        assertThat(hasbi.assignments()).singleElement().satisfies(assignment -> {
            assertThat(assignment.level()).isEqualTo(AssignmentLevel.COMPANY);
            assertThat(assignment.role().name()).isEqualTo("CONSOLE ADMIN");
            assertThat(assignment.grants(new Permission("auth.sessions.manage")))
                    .isTrue();
        });
        assertThat(hasbi.namedRoles())
                .singleElement()
                .satisfies(role -> assertThat(role.companyName()).isEqualTo("PT. Huminor Tech"));
        assertThat(hasbi.candidateUnits()).isEmpty();
        assertThat(hasbi.modules()).isNotEmpty();
    }

    @Test
    void aUnitAdminsProfileCarriesTheUnitsItCouldCover() {
        ProfileSource kakashi = profiles.of(KAKASHI).orElseThrow();

        assertThat(kakashi.namedRoles()).singleElement().satisfies(role -> {
            assertThat(role.roleName()).isEqualTo("PRODI ADMIN");
            assertThat(role.unitName()).isEqualTo("Teknik Informatika");
            assertThat(role.branchName()).isEqualTo("Pusat");
            assertThat(role.unitCode()).isEqualTo(new UnitCode("TI"));
        });
        assertThat(kakashi.homeUnitCode()).isEqualTo(new UnitCode("TI"));
        assertThat(kakashi.candidateUnits())
                .containsExactly(new OrgUnit(new UnitId(2), new BranchId(1), new CompanyId(1), new UnitCode("TI")));
        assertThat(Scope.of(kakashi.assignments(), kakashi.candidateUnits()).units())
                .containsExactly(new UnitId(2));
        assertThat(profiles.of(new UserId(999_999))).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsUnavailable() {
        try (HikariDataSource nowhere = PostgresDataSources.pool("jdbc:postgresql://127.0.0.1:1/none", null, null, 1)) {
            JdbcUsers unreachable = new JdbcUsers(new JdbcTemplate(nowhere));
            assertThatThrownBy(() -> unreachable.byId(HUMINOR, HASBI)).isInstanceOf(StoreUnavailable.class);
            assertThat(new JdbcStoreProbe(nowhere).reachable()).isFalse();
        }
        assertThat(new JdbcStoreProbe(dataSource).reachable()).isTrue();
    }

    @Test
    void aTotpSecretSealedUnderAnotherDataKeyFailsClosed() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        JdbcTwoFactorSecrets sealing = new JdbcTwoFactorSecrets(
                jdbc, new SecretBox(DataKey.of("the data key the secret was sealed with, 32+")));
        JdbcTwoFactorSecrets rotated = new JdbcTwoFactorSecrets(
                jdbc, new SecretBox(DataKey.of("a data key that was changed since, also 32+")));
        TotpSecret secret = new TotpSecret(new byte[TotpSecret.BYTES]);
        sealing.keepPending(KAKASHI, secret);

        assertThat(sealing.pending(KAKASHI)).contains(secret);
        assertThatThrownBy(() -> rotated.pending(KAKASHI)).isInstanceOf(StoreUnavailable.class);
    }
}
