package io.gerbang.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.gerbang.adapters.persistence.password.BcryptPasswordHashes;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Role assignments and the last-administrator rule against a real PostgreSQL, under concurrent changes. */
class JdbcRoleAssignmentsTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final TenantId MITRA = new TenantId(2);
    private static final UserId HASBI = new UserId(1);
    private static final UserId NARUTO = new UserId(2);
    private static final RoleId CONSOLE_ADMIN = new RoleId(1);
    private static final RoleId USER_ROLE = new RoleId(2);

    private static HikariDataSource dataSource;
    private static JdbcRoleAssignments assignments;
    private static JdbcOrganisation organisation;
    private static JdbcUsers users;
    private static JdbcTenantAdministration administration;
    private static JdbcTransactions transactions;
    private static int registered;

    @BeforeAll
    static void migrateAndLoad() {
        String schema = TestStores.newSchema();
        dataSource = PostgresDataSources.pool(TestStores.shared().jdbcUrl(schema), null, null, 8);
        Migrations.migrate(dataSource, schema);
        DemoData.loadIfEmpty(dataSource, new BcryptPasswordHashes(4));
        assignments = new JdbcRoleAssignments(dataSource);
        organisation = new JdbcOrganisation(new JdbcTemplate(dataSource));
        users = new JdbcUsers(new JdbcTemplate(dataSource));
        administration = new JdbcTenantAdministration(new JdbcTemplate(dataSource));
        transactions = new JdbcTransactions(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void anAssignmentIsHeldOnceAndReadBackWithItsRole() {
        OrgNode unit3 = OrgNode.unit(organisation.unit(HUMINOR, new UnitId(3)).orElseThrow());

        AssignmentId id = assignments.add(HUMINOR, NARUTO, USER_ROLE, unit3).orElseThrow();

        assertThat(assignments.add(HUMINOR, NARUTO, USER_ROLE, unit3)).isEmpty();
        var read = assignments.of(HUMINOR, NARUTO, id).orElseThrow();
        assertThat(read.node()).isEqualTo(OrgNode.unit(new OrgUnit(new UnitId(3), new BranchId(1), new CompanyId(1))));
        assertThat(read.role().permissions())
                .containsExactlyInAnyOrder(new Permission("tasks.read"), new Permission("tasks.write"));
        assertThat(assignments.of(MITRA, NARUTO, id)).isEmpty();
        assertThat(assignments.remove(HUMINOR, NARUTO, id)).isTrue();
        assertThat(assignments.remove(HUMINOR, NARUTO, id)).as("gone already").isFalse();
    }

    @Test
    void nodesAreFoundOnlyInTheirOwnTenant() {
        assertThat(organisation.company(HUMINOR, new CompanyId(1))).contains(OrgNode.company(new CompanyId(1)));
        assertThat(organisation.branch(HUMINOR, new BranchId(1)))
                .contains(OrgNode.branch(new CompanyId(1), new BranchId(1)));
        assertThat(organisation.branch(MITRA, new BranchId(1))).isEmpty();
        assertThat(organisation.unit(MITRA, new UnitId(2))).isEmpty();
        assertThat(organisation.units(HUMINOR))
                .extracting(unit -> unit.id())
                .containsExactly(new UnitId(1), new UnitId(2), new UnitId(3));
    }

    @Test
    void branchesAndUnitsOpenUnderTheirParentsEachNameOnceThere() {
        BranchId east = organisation
                .addBranch(HUMINOR, new CompanyId(1), new PlaceName("Cabang Timur"))
                .orElseThrow();
        assertThat(organisation.addBranch(HUMINOR, new CompanyId(1), new PlaceName("cabang TIMUR")))
                .isEmpty();
        assertThat(organisation.branch(HUMINOR, east)).contains(OrgNode.branch(new CompanyId(1), east));
        assertThat(organisation.branch(MITRA, east)).isEmpty();

        // unit 2 of branch 1 has this name already: a name is unique under one parent only
        UnitId unit = organisation
                .addUnit(HUMINOR, east, new PlaceName("Teknik Informatika"), null)
                .orElseThrow();
        assertThat(organisation.addUnit(HUMINOR, east, new PlaceName("teknik informatika"), null))
                .isEmpty();
        assertThat(organisation.unit(HUMINOR, unit)).contains(new OrgUnit(unit, east, new CompanyId(1)));
        assertThat(organisation.units(HUMINOR)).extracting(OrgUnit::id).contains(unit);

        // a code is unique in the tenant: the demo's unit 2 is TI
        assertThat(organisation.addUnit(HUMINOR, east, new PlaceName("Teknik Lain"), new UnitCode("ti")))
                .isEmpty();
        UnitId coded = organisation
                .addUnit(HUMINOR, east, new PlaceName("Teknik Lain"), new UnitCode("TL"))
                .orElseThrow();
        assertThat(organisation.unit(HUMINOR, coded).orElseThrow().code()).isEqualTo(new UnitCode("TL"));
        assertThat(organisation.changeUnit(HUMINOR, coded, null, new UnitCode("TI")))
                .isEqualTo(Organisation.UnitChange.TAKEN);
        assertThat(organisation.changeUnit(HUMINOR, coded, new PlaceName("Teknik Lain Lagi"), null))
                .isEqualTo(Organisation.UnitChange.CHANGED);
        assertThat(organisation.unit(HUMINOR, coded).orElseThrow().code())
                .as("kept")
                .isEqualTo(new UnitCode("TL"));
        assertThat(organisation.changeUnit(MITRA, coded, null, new UnitCode("TX")))
                .isEqualTo(Organisation.UnitChange.NO_SUCH_UNIT);
        // the same code in another tenant is another unit's
        BranchId mitrasBranch = organisation
                .addBranch(MITRA, new CompanyId(2), new PlaceName("Cabang Mitra"))
                .orElseThrow();
        assertThat(organisation.addUnit(MITRA, mitrasBranch, new PlaceName("Unit Mitra"), new UnitCode("TL")))
                .isPresent();
    }

    @Test
    void twoAdministratorsRemovingEachOtherAtOnceLeaveOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            UserId other = newAdministrator();
            AssignmentId hasbis = adminAssignmentOf(HASBI);
            AssignmentId others = adminAssignmentOf(other);

            List<Outcome> outcomes = atOnce(
                    () -> removeKeepingAnAdministrator(HASBI, hasbis),
                    () -> removeKeepingAnAdministrator(other, others));

            assertThat(outcomes).containsExactlyInAnyOrder(Outcome.DONE, Outcome.REFUSED);
            if (outcomes.get(0) == Outcome.DONE) {
                // Hasbi stepped down: give the role back so the next round starts alike
                assignments
                        .add(HUMINOR, HASBI, CONSOLE_ADMIN, OrgNode.company(new CompanyId(1)))
                        .orElseThrow();
                assertThat(removeKeepingAnAdministrator(other, others)).isEqualTo(Outcome.DONE);
            }
        }
    }

    @Test
    void aDeactivationRacingARemovalLeavesAnActiveAdministrator() throws Exception {
        for (int round = 0; round < 10; round++) {
            UserId other = newAdministrator();
            AssignmentId hasbis = adminAssignmentOf(HASBI);
            User active = users.byId(HUMINOR, other).orElseThrow();
            User deactivated = active.activated(false, Instant.now());

            List<Outcome> outcomes = atOnce(
                    () -> removeKeepingAnAdministrator(HASBI, hasbis),
                    () -> deactivateKeepingAnAdministrator(active, deactivated));

            boolean removed = outcomes.get(0) == Outcome.DONE;
            boolean deactivatedIt = outcomes.get(1) == Outcome.DONE;
            assertThat(removed ^ deactivatedIt)
                    .as("exactly one of the two went through: %s", outcomes)
                    .isTrue();
            if (removed) {
                assignments
                        .add(HUMINOR, HASBI, CONSOLE_ADMIN, OrgNode.company(new CompanyId(1)))
                        .orElseThrow();
            }
            assertThat(users.byId(HUMINOR, other).orElseThrow().active()).isEqualTo(!deactivatedIt);
            users.save(active, deactivated);
        }
    }

    /** What the use cases' steps are with these ports: what they change, or refused by the domain rule. */
    private enum Outcome {
        DONE,
        ABSENT,
        REFUSED
    }

    /** RemoveRoleAssignment's steps: under the tenant's lock the domain rule decides, then the store removes. */
    private static Outcome removeKeepingAnAdministrator(UserId user, AssignmentId assignment) {
        return transactions.inOne(() -> {
            if (!administration.lockAndRead(HUMINOR).survivesRemovalOf(assignment)) {
                return Outcome.REFUSED;
            }
            return assignments.remove(HUMINOR, user, assignment) ? Outcome.DONE : Outcome.ABSENT;
        });
    }

    /** UpdateUser's steps for a deactivation, likewise. */
    private static Outcome deactivateKeepingAnAdministrator(User before, User after) {
        return transactions.inOne(() -> {
            if (!administration.lockAndRead(HUMINOR).survivesDeactivationOf(after.id())) {
                return Outcome.REFUSED;
            }
            users.save(before, after);
            return Outcome.DONE;
        });
    }

    private static UserId newAdministrator() {
        registered++;
        User user = users.add(
                        new NewUser(
                                HUMINOR,
                                new UserIdentity("5000000" + registered),
                                new Email("admin" + registered + "@race.example"),
                                new DisplayName("Admin " + registered),
                                new BcryptPasswordHashes(4)
                                        .hash(io.gerbang.domain.user.PlainPassword.forNewSecret("password123")),
                                null,
                                true),
                        Instant.now())
                .orElseThrow();
        assignments
                .add(HUMINOR, user.id(), CONSOLE_ADMIN, OrgNode.company(new CompanyId(1)))
                .orElseThrow();
        return user.id();
    }

    private static AssignmentId adminAssignmentOf(UserId user) {
        return new AssignmentId(new JdbcTemplate(dataSource)
                .queryForObject(
                        "select id from role_assignments where user_id = ? and role_id = ? and level = 'company'",
                        Long.class,
                        user.value(),
                        CONSOLE_ADMIN.value()));
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Supplier<? extends T>... changes) throws Exception {
        CyclicBarrier start = new CyclicBarrier(changes.length);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(changes.length);
        List<CompletableFuture<T>> running = new ArrayList<>();
        for (Supplier<? extends T> change : changes) {
            running.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (Exception interrupted) {
                            throw new IllegalStateException(interrupted);
                        }
                        return change.get();
                    },
                    threads));
        }
        List<T> outcomes = new ArrayList<>();
        for (CompletableFuture<T> each : running) {
            outcomes.add(each.get());
        }
        threads.shutdown();
        return outcomes;
    }
}
