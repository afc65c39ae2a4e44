package io.gerbang.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.adapters.persistence.twofactor.OtpTotp;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import io.gerbang.domain.twofactor.TotpStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code gerbang admin ...} run as an operator runs it: a separate process (the jar's main class on this
 * classpath) on the stores a running node uses, checked through that node's API.
 */
class AdminCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestGerbang.Cluster cluster;
    private static GerbangServer node;
    private static Http http;

    @BeforeAll
    static void start() {
        cluster = TestGerbang.cluster();
        node = cluster.startNode();
        http = new Http(node.port());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aUserMadeAtTheCommandLineSignsInAndIsOutOnceTheirSessionsAreRevokedThere() {
        Run created = admin(
                "create-user",
                "--tenant",
                "1",
                "--identity",
                "600000001",
                "--email",
                "dewi@company.com",
                "--name",
                "Dewi Lestari",
                "--password",
                "rahasia-dewi-1",
                "--unit",
                "2");
        assertThat(created.exit()).as(created.err()).isZero();
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("unit_id").asLong()).isEqualTo(2);

        Http.Answer login =
                http.post("/api/v1/auth/login", Map.of("user_identity", "600000001", "password", "rahasia-dewi-1"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.data().path("user_id").asLong()).isEqualTo(id);
        String bearer = "Bearer " + login.data().path("access_token").asText();
        assertThat(http.get("/api/v1/auth/me", "Authorization", bearer).status())
                .isEqualTo(200);

        Run revoked = admin("revoke-sessions", "--tenant", "1", "--user", Long.toString(id));
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(revoked.json().path("sessions_ended").asInt()).isEqualTo(1);
        // the operator's change is a security event, logged as a JSON line on standard error
        assertThat(revoked.err()).contains("\"event\":\"session_revoked\"");

        Http.Answer after = http.get("/api/v1/auth/me", "Authorization", bearer);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("SESSION_REVOKED");
        assertThat(http.post(
                                "/api/v1/auth/refresh",
                                Map.of(
                                        "refresh_token",
                                        login.data().path("refresh_token").asText()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aNewTenantGetsItsFirstAdministratorFromTheCommandLine() {
        Run tenant = admin("create-tenant", "--name", "PT. Sumber Baru", "--type", "partner");
        assertThat(tenant.exit()).as(tenant.err()).isZero();
        String tenantId = tenant.json().path("id").asText();
        assertThat(tenant.json().path("type").asText()).isEqualTo("partner");

        Run user = admin(
                "create-user",
                "--tenant",
                tenantId,
                "--identity",
                "1",
                "--email",
                "admin@sumber.id",
                "--name",
                "Admin Sumber",
                "--password",
                "rahasia-sumber");
        assertThat(user.exit()).as(user.err()).isZero();
        Run assigned = admin(
                "assign-role",
                "--tenant",
                tenantId,
                "--user",
                user.json().path("id").asText(),
                "--role",
                "CONSOLE ADMIN",
                "--level",
                "company",
                "--node",
                tenant.json().path("company_id").asText());
        assertThat(assigned.exit()).as(assigned.err()).isZero();
        assertThat(assigned.json().path("role_id").asLong())
                .isEqualTo(tenant.json().path("administrator_role_id").asLong());

        Http.Answer login = http.post(
                "/api/v1/auth/login",
                Map.of("user_identity", "1", "password", "rahasia-sumber"),
                "X-Tenant-ID",
                tenantId);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        Http.Answer users = http.get(
                "/api/v1/users",
                "Authorization",
                "Bearer " + login.data().path("access_token").asText(),
                "X-Tenant-ID",
                tenantId);
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.data())
                .extracting(found -> found.path("email").asText())
                .containsExactly("admin@sumber.id");

        Run again = admin("create-tenant", "--name", "pt. sumber BARU", "--type", "internal");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("CONFLICT: a tenant of that name exists already");
    }

    @Test
    void aNewTenantsTreeGrowsFromTheCommandLineAndTheRolesAboveANewUnitReachItAtOnce() {
        Run tenant = admin("create-tenant", "--name", "PT. Kampus Utara", "--type", "internal");
        assertThat(tenant.exit()).as(tenant.err()).isZero();
        String tenantId = tenant.json().path("id").asText();
        String companyId = tenant.json().path("company_id").asText();
        Run branch = admin("create-branch", "--tenant", tenantId, "--company", companyId, "--name", "Kampus Utara");
        assertThat(branch.exit()).as(branch.err()).isZero();
        assertThat(branch.json().path("company_id").asText()).isEqualTo(companyId);
        assertThat(branch.json().path("name").asText()).isEqualTo("Kampus Utara");
        String branchId = branch.json().path("id").asText();

        // the branch's administrator signs in while the branch has no unit, so their roles reach nobody yet
        Run head = admin(
                "create-user",
                "--tenant",
                tenantId,
                "--identity",
                "1",
                "--email",
                "kepala@utara.id",
                "--name",
                "Kepala Utara",
                "--password",
                "rahasia-utara");
        assertThat(admin(
                                "assign-role",
                                "--tenant",
                                tenantId,
                                "--user",
                                head.json().path("id").asText(),
                                "--role",
                                "CONSOLE ADMIN",
                                "--level",
                                "branch",
                                "--node",
                                branchId)
                        .exit())
                .isZero();
        Http.Answer login = http.post(
                "/api/v1/auth/login",
                Map.of("user_identity", "1", "password", "rahasia-utara"),
                "X-Tenant-ID",
                tenantId);
        String[] asHead = {
            "Authorization", "Bearer " + login.data().path("access_token").asText(), "X-Tenant-ID", tenantId
        };
        assertThat(http.get("/api/v1/users", asHead).status()).isEqualTo(403);

        Run unit = admin(
                "create-unit",
                "--tenant",
                tenantId,
                "--branch",
                branchId,
                "--name",
                "Sistem Informasi",
                "--code",
                "si");
        assertThat(unit.exit()).as(unit.err()).isZero();
        assertThat(unit.json().path("branch_id").asText()).isEqualTo(branchId);
        assertThat(unit.json().path("company_id").asText()).isEqualTo(companyId);
        assertThat(unit.json().path("code").asText()).isEqualTo("SI");
        Run member = admin(
                "create-user",
                "--tenant",
                tenantId,
                "--identity",
                "2",
                "--email",
                "anggota@utara.id",
                "--name",
                "Anggota Utara",
                "--password",
                "rahasia-anggota",
                "--unit",
                unit.json().path("id").asText());
        assertThat(member.exit()).as(member.err()).isZero();

        // the same token, no new sign-in: the node dropped the profiles it kept when the unit opened
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/v1/users", asHead).status() == 200);
        assertThat(http.get("/api/v1/users", asHead).data())
                .extracting(user -> user.path("email").asText())
                .containsExactly("anggota@utara.id");

        Run otherTenantsCompany = admin("create-branch", "--tenant", tenantId, "--company", "1", "--name", "Cabang");
        assertThat(otherTenantsCompany.exit()).isEqualTo(1);
        assertThat(otherTenantsCompany.err()).contains("VALIDATION_FAILED").contains("company_id");
        Run otherTenantsBranch = admin("create-unit", "--tenant", tenantId, "--branch", "1", "--name", "Unit");
        assertThat(otherTenantsBranch.exit()).isEqualTo(1);
        assertThat(otherTenantsBranch.err()).contains("VALIDATION_FAILED").contains("branch_id");
        Run sameName = admin("create-unit", "--tenant", tenantId, "--branch", branchId, "--name", "sistem INFORMASI");
        assertThat(sameName.exit()).isEqualTo(1);
        assertThat(sameName.err()).contains("CONFLICT");
        Run sameCode =
                admin("create-unit", "--tenant", tenantId, "--branch", branchId, "--name", "Lain", "--code", "SI");
        assertThat(sameCode.exit()).isEqualTo(1);
        assertThat(sameCode.err()).contains("CONFLICT");
        Run badCode =
                admin("create-unit", "--tenant", tenantId, "--branch", branchId, "--name", "Lain", "--code", "S I");
        assertThat(badCode.exit()).isEqualTo(2);
        assertThat(badCode.err()).contains("a unit code is 1 to 16 of A-Z, 0-9 and -");
        Run renamed = admin(
                "update-unit",
                "--tenant",
                tenantId,
                "--unit",
                unit.json().path("id").asText(),
                "--code",
                "SIS-1");
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(renamed.json().path("code").asText()).isEqualTo("SIS-1");
        Run nothingToChange = admin(
                "update-unit",
                "--tenant",
                tenantId,
                "--unit",
                unit.json().path("id").asText());
        assertThat(nothingToChange.exit()).isEqualTo(2);
        Run otherTenantsUnit = admin("update-unit", "--tenant", tenantId, "--unit", "1", "--code", "X");
        assertThat(otherTenantsUnit.exit()).isEqualTo(1);
        assertThat(otherTenantsUnit.err()).contains("unit_id");
        Run blankName = admin("create-branch", "--tenant", tenantId, "--company", companyId, "--name", "  ");
        assertThat(blankName.exit()).isEqualTo(2);
        assertThat(blankName.err()).contains("a place name is 1 to 200 printable characters");
    }

    @Test
    void aResetPasswordAndATurnedOffSecondFactorEndTheSessionsAsTheApiDoes() {
        Http.Answer login = http.login("100000002"); // Sakura
        String bearer = "Bearer " + login.data().path("access_token").asText();
        String secret = http.post("/api/v1/auth/2fa/setup", Map.of(), "Authorization", bearer)
                .data()
                .path("secret")
                .asText();
        assertThat(http.post(
                                "/api/v1/auth/2fa/enable",
                                Map.of("code", OtpTotp.codeAt(secret, TotpStep.at(Instant.now()))),
                                "Authorization",
                                bearer)
                        .status())
                .isEqualTo(200);
        assertThat(http.login("100000002").data().path("mfa_required").asBoolean())
                .isTrue();

        Run disabled = admin("disable-2fa", "--tenant", "1", "--user", "3");
        assertThat(disabled.exit()).as(disabled.err()).isZero();
        assertThat(disabled.json().path("two_factor_enabled").asBoolean()).isFalse();
        Http.Answer plain = http.login("100000002");
        assertThat(plain.data().has("access_token")).isTrue();

        Run reset = admin("reset-password", "--tenant", "1", "--user", "3", "--password", "sakura-baru-2");
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(http.get(
                                "/api/v1/auth/me",
                                "Authorization",
                                "Bearer " + plain.data().path("access_token").asText())
                        .code())
                .isEqualTo("SESSION_REVOKED");
        assertThat(http.login("100000002").code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(http.post("/api/v1/auth/login", Map.of("user_identity", "100000002", "password", "sakura-baru-2"))
                        .status())
                .isEqualTo(200);
        assertThat(reset.out() + reset.err()).doesNotContain("sakura-baru-2");
    }

    @Test
    void listUsersPrintsOneJsonObjectALineForAUnit() {
        Run listed = admin("list-users", "--tenant", "1", "--unit", "3");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.lines())
                .extracting(line -> line.path("email").asText())
                .containsExactly("sakura@company.com");
        assertThat(listed.lines())
                .allSatisfy(line -> assertThat(line.has("password_hash")).isFalse());
    }

    @Test
    void aRefusalExitsOneWithTheContractsCodeAndMessage() {
        Run duplicate = admin(
                "create-user",
                "--tenant",
                "1",
                "--identity",
                "600000009",
                "--email",
                "naruto@company.com",
                "--name",
                "Naruto Lagi",
                "--password",
                "rahasia-123");
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).contains("CONFLICT: the resource already exists or changed meanwhile");

        Run unknownRole = admin(
                "assign-role",
                "--tenant",
                "1",
                "--user",
                "2",
                "--role",
                "NO SUCH ROLE",
                "--level",
                "unit",
                "--node",
                "2");
        assertThat(unknownRole.exit()).isEqualTo(1);
        assertThat(unknownRole.err()).contains("VALIDATION_FAILED").contains("role_id");

        Run unknownTenant = admin("list-users", "--tenant", "99");
        assertThat(unknownTenant.exit()).isEqualTo(1);
        assertThat(unknownTenant.err()).contains("NOT_FOUND: no such tenant");

        Run unknownUser = admin("revoke-sessions", "--tenant", "2", "--user", "2"); // Naruto is of tenant 1
        assertThat(unknownUser.exit()).isEqualTo(1);
        assertThat(unknownUser.err()).contains("NOT_FOUND");
    }

    @Test
    void badUsageExitsTwoWithTheUsageAndWritesNothing() {
        Run missing = admin(
                "create-user",
                "--tenant",
                "1",
                "--identity",
                "600000010",
                "--name",
                "Tanpa Email",
                "--password",
                "rahasia-123");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .contains("Missing required option: '--email")
                .contains("Usage: gerbang admin create-user");

        Run badEmail = admin(
                "create-user",
                "--tenant",
                "1",
                "--identity",
                "600000010",
                "--email",
                "not-an-email",
                "--name",
                "Email Salah",
                "--password",
                "rahasia-123");
        assertThat(badEmail.exit()).isEqualTo(2);
        assertThat(badEmail.err()).contains("email is not a valid address");

        Run shortPassword = admin(
                "create-user",
                "--tenant",
                "1",
                "--identity",
                "600000010",
                "--email",
                "x@company.com",
                "--name",
                "Sandi Pendek",
                "--password",
                "abc12");
        assertThat(shortPassword.exit()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("at least 6 characters").doesNotContain("abc12");

        Run badLevel =
                admin("assign-role", "--tenant", "1", "--user", "2", "--role", "2", "--level", "galaxy", "--node", "1");
        assertThat(badLevel.exit()).isEqualTo(2);
        Run noCommand = admin();
        assertThat(noCommand.exit()).isEqualTo(2);
        Run unknownCommand = admin("drop-everything");
        assertThat(unknownCommand.exit()).isEqualTo(2);

        Run listed = admin("list-users", "--tenant", "1");
        assertThat(listed.lines())
                .extracting(line -> line.path("user_identity").asText())
                .doesNotContain("600000010");
    }

    @Test
    void everyCommandHasItsHelp() {
        for (String command : List.of(
                "create-tenant",
                "create-branch",
                "create-unit",
                "update-unit",
                "create-user",
                "assign-role",
                "reset-password",
                "disable-2fa",
                "revoke-sessions",
                "list-users")) {
            Run help = admin(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).startsWith("Usage: gerbang admin " + command).contains("--help");
            assertThat(help.err()).isEmpty();
        }
    }

    @Test
    void inEmbeddedModeItWorksOnTheDataDirWhetherOrNotTheServerRuns() {
        Path dataDir = TestStores.temporaryDirectory("gerbang-admin");
        Map<String, String> env = Map.of(
                "GERBANG_PORT",
                "0",
                "GERBANG_HOST",
                "127.0.0.1",
                "GERBANG_DATA_DIR",
                dataDir.toString(),
                "GERBANG_BCRYPT_COST",
                "4",
                "GERBANG_DEMO",
                "true",
                "GERBANG_RATE_LIMITS",
                "off");
        try (GerbangServer embedded = GerbangServer.start(GerbangConfig.from(env))) {
            Run created = run(
                    env,
                    "create-user",
                    "--tenant",
                    "1",
                    "--identity",
                    "600000020",
                    "--email",
                    "rini@company.com",
                    "--name",
                    "Rini",
                    "--password",
                    "rahasia-rini");
            assertThat(created.exit()).as(created.err()).isZero();
            assertThat(new Http(embedded.port())
                            .post(
                                    "/api/v1/auth/login",
                                    Map.of("user_identity", "600000020", "password", "rahasia-rini"))
                            .status())
                    .isEqualTo(200);
        }
        // the server is gone: the command starts the engines on the data dir itself, and stops them again
        Run listed = run(env, "list-users", "--tenant", "1");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.lines())
                .extracting(line -> line.path("email").asText())
                .contains("rini@company.com");
        try (GerbangServer again = GerbangServer.start(GerbangConfig.from(env))) {
            assertThat(new Http(again.port())
                            .post(
                                    "/api/v1/auth/login",
                                    Map.of("user_identity", "600000020", "password", "rahasia-rini"))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aClientAppMadeAtTheCommandLineServesItsDialectAndItsSecretIsShownOnceAndRenewed() {
        Run made = admin(
                "create-client",
                "--tenant",
                "1",
                "--id",
                "kampus-utara",
                "--name",
                "Kampus Utara",
                "--dialect",
                "campus",
                "--access-ttl",
                "3600",
                "--signing",
                "shared-secret",
                "--role-name",
                "PRODI ADMIN=prodi",
                "--role-name",
                "USER=mahasiswa");
        assertThat(made.exit()).as(made.err()).isZero();
        String secret = made.json().path("signing_secret").asText();
        assertThat(secret).hasSize(43);
        assertThat(made.json().path("client").path("dialect").asText()).isEqualTo("campus");
        assertThat(made.json()
                        .path("client")
                        .path("role_names")
                        .path("PRODI ADMIN")
                        .asText())
                .isEqualTo("prodi");
        // the secret is not logged, and the list never shows it again
        assertThat(made.err()).doesNotContain(secret);
        Run listed = admin("list-clients", "--tenant", "1");
        assertThat(listed.lines())
                .extracting(line -> line.path("client_id").asText())
                .contains("kampus-utara");
        assertThat(listed.out()).doesNotContain(secret);

        Http.Answer login = http.post(
                "/clients/kampus-utara/api/auth/login", Map.of("username", "100000003", "password", "password123"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String token = login.json().path("token").asText();
        assertThat(io.jsonwebtoken.Jwts.parser()
                        .verifyWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor(
                                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .build()
                        .parseSignedClaims(token)
                        .getPayload()
                        .get("prodi_id"))
                .isEqualTo("TI");

        Run renewed = admin("client-secret", "--tenant", "1", "--id", "kampus-utara");
        assertThat(renewed.exit()).as(renewed.err()).isZero();
        assertThat(renewed.json().path("signing_secret").asText()).hasSize(43).isNotEqualTo(secret);

        assertThat(admin("create-client", "--tenant", "1", "--id", "kampus-utara", "--name", "Again")
                        .exit())
                .isEqualTo(1);
        assertThat(admin("create-client", "--tenant", "1", "--id", "x", "--name", "Too short")
                        .exit())
                .isEqualTo(2);
        assertThat(admin("create-client", "--tenant", "1", "--id", "bad-dialect", "--name", "N", "--dialect", "graphql")
                        .exit())
                .isEqualTo(2);
        assertThat(admin("client-secret", "--tenant", "1", "--id", "connector").exit())
                .isEqualTo(1);
    }

    private static Run admin(String... args) {
        return run(cluster.environment(), args);
    }

    /** The jar's main class, in a process of its own with this environment. */
    private static Run run(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                // the jar's own logging set-up, not the tests' (logback-test.xml is on this classpath too)
                "-Dlogback.configurationFile=" + AdminCommandLineTest.class.getResource("/logback.xml"),
                "io.gerbang.bootstrap.Gerbang",
                "admin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GERBANG_"));
        environment.putAll(new HashMap<>(env));
        try {
            Path out = TestStores.temporaryDirectory("admin-out").resolve("out");
            Path err = out.resolveSibling("err");
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("gerbang admin " + String.join(" ", args) + " did not finish in 60 s");
            }
            return new Run(
                    process.exitValue(),
                    java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exit, String out, String err) {

        JsonNode json() {
            return lines().get(0);
        }

        List<JsonNode> lines() {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        lines.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new UncheckedIOException("not a JSON line: " + line, e);
                    }
                }
            }
            return lines;
        }
    }
}
