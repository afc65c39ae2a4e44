package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.redis.RedisKeyChanges;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.admin.AdminCommandLine;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.domain.tenant.TenantId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.redisson.api.RedissonClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Other services checking Gerbang's tokens with the libraries their authors would use (jose in Node, Spring
 * Security's resource server in Java, PyJWT in Python), each knowing nothing but one tenant's issuer: they read its
 * metadata, fetch its key set and verify. And a standard OAuth client (oauth4webapi) driving the token,
 * introspection and revocation endpoints.
 */
public class TokenVerifierSteps {

    private final Exchanges exchanges;
    private Verifier verifier;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private NodeScripts.Outcome outcome;
    private long rotatedTenant;
    private String rotatedKey;

    public TokenVerifierSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    /** Checks one token a call: {@code ok <sub> <kid>} or {@code refused <why>}. */
    interface Verifier extends AutoCloseable {
        String check(String token);

        @Override
        void close();
    }

    /** A verifier in another process that answers one line for each token line (the Node and Python ones). */
    static final class LineVerifier implements Verifier {
        private final Process process;
        private final Writer input;
        private final BufferedReader output;

        LineVerifier(Path directory, List<String> command) throws IOException {
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String ready = line();
            assertThat(ready).as("the verifier started").isEqualTo("ready");
        }

        private String line() {
            CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
                try {
                    return output.readLine();
                } catch (IOException e) {
                    return "failed " + e.getMessage();
                }
            });
            try {
                return next.get(30, TimeUnit.SECONDS);
            } catch (Exception timedOut) {
                throw new IllegalStateException("the verifier did not answer within 30 s", timedOut);
            }
        }

        @Override
        public String check(String token) {
            try {
                input.write(token + "\n");
                input.flush();
            } catch (IOException e) {
                throw new IllegalStateException("the verifier is gone", e);
            }
            return line();
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    /** Spring Security's resource server: a {@code NimbusJwtDecoder} built from the issuer's location. */
    static final class SpringVerifier implements Verifier {
        private final JwtDecoder decoder;

        SpringVerifier(String issuer) {
            decoder = JwtDecoders.fromIssuerLocation(issuer);
        }

        @Override
        public String check(String token) {
            try {
                Jwt jwt = decoder.decode(token);
                return "ok " + jwt.getSubject() + " " + jwt.getHeaders().get("kid");
            } catch (JwtException refused) {
                return "refused " + refused.getClass().getSimpleName();
            }
        }

        @Override
        public void close() {}
    }

    @After
    public void stopVerifier() {
        if (verifier != null) {
            verifier.close();
        }
    }

    @Given("{word} checks tokens knowing only the issuer of tenant {long}")
    public void verifierOf(String library, long tenant) throws Exception {
        String issuer = exchanges.gerbang.issuer(tenant);
        verifier = switch (library) {
            case "jose" -> {
                NodeScripts.prepare(List.of(Path.of("src/test/node/jose-verifier.js")));
                yield new LineVerifier(NodeScripts.WORK, List.of("node", "jose-verifier.js", issuer));
            }
            case "PyJWT" -> {
                PythonJwt.ensureInstalled();
                yield new LineVerifier(
                        Path.of("src/test/python").toAbsolutePath(),
                        List.of(PythonJwt.PYTHON, "pyjwt_verifier.py", issuer));
            }
            case "Spring" -> new SpringVerifier(issuer);
            default -> throw new IllegalArgumentException("no verifier named " + library);
        };
    }

    /** Tokens from a tenant's token endpoint on node A, by the password grant, as the built-in client. */
    private JsonNode grant(long tenant, String username) {
        Http.Answer answer = exchanges.gerbang.nodeA.send(
                HttpRequest.newBuilder(URI.create(exchanges.gerbang.nodeA.base() + "/t/" + tenant + "/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type",
                                "password",
                                "username",
                                username,
                                "password",
                                "password123",
                                "client_id",
                                "gerbang")))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @When("{string} gets tokens from tenant {long}'s token endpoint as {string}")
    public void getsTokens(String username, long tenant, String name) {
        tokens.put(name, grant(tenant, username).path("access_token").asText());
    }

    @Then("the verifier accepts {string} as user {long}'s")
    public void accepts(String name, long user) {
        assertThat(verifier.check(tokens.get(name))).startsWith("ok " + user + " ");
    }

    @Then("the verifier refuses {string}")
    public void refuses(String name) {
        assertThat(verifier.check(tokens.get(name))).startsWith("refused ");
    }

    @Then("the verifier refuses {string} with one claim changed")
    public void refusesTampered(String name) {
        String[] parts = tokens.get(name).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"(\\d+)\"", "\"sub\":\"1\"");
        assertThat(payload).contains("\"sub\":\"1\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertThat(verifier.check(tampered)).startsWith("refused ");
    }

    @When("tenant {long}'s signing key is rotated at the command line")
    public void rotated(long tenant) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdminCommandLine.run(
                new String[] {"rotate-keys", "--tenant", String.valueOf(tenant)},
                exchanges.gerbang.environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        rotatedTenant = tenant;
        rotatedKey = Json.read(out.toString().trim()).path("kid").asText();
    }

    /**
     * What the lead (an access token's life and 300 s) would have done: the new key was published that long ago, so
     * it signs now. The verifier's clock is not moved: it holds the key set it fetched after the key was published.
     */
    @When("the new key's lead has passed")
    public void leadPassed() throws SQLException {
        long tenant = rotatedTenant;
        String kid = rotatedKey;
        try (Connection db = DriverManager.getConnection(TestStores.shared().jdbcUrl(exchanges.gerbang.schema));
                PreparedStatement earlier = db.prepareStatement("update signing_keys set created_at = created_at"
                        + " - interval '30 minutes', signs_from = signs_from - interval '30 minutes' where id = ?")) {
            earlier.setString(1, kid);
            assertThat(earlier.executeUpdate()).isEqualTo(1);
        }
        RedissonClient redis = RedisClients.connect(TestStores.shared().redisUrl());
        try {
            new RedisKeyChanges(redis, exchanges.gerbang.redisPrefix()).changed(new TenantId(tenant));
        } finally {
            redis.shutdown();
        }
    }

    @Then("{string} and {string} are signed by different keys")
    public void differentKeys(String first, String second) {
        assertThat(kid(tokens.get(first))).isNotEqualTo(kid(tokens.get(second)));
    }

    private static String kid(String token) {
        return Json.read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
                .path("kid")
                .asText();
    }

    @When("client {string} revokes {word}'s {word} token at tenant {long}")
    public void revokes(String client, String who, String kind, long tenant) {
        String token = "refresh".equals(kind) ? exchanges.refreshToken(who) : exchanges.access(who);
        exchanges.answer = exchanges.http.send(
                HttpRequest.newBuilder(URI.create(exchanges.http.base() + "/t/" + tenant + "/revoke"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("client_id", client, "token", token)))));
    }

    @Then("{word}'s session is still live")
    public void stillLive(String who) {
        assertThat(exchanges
                        .http
                        .get("/api/v1/auth/me", exchanges.asCaller(who))
                        .status())
                .isEqualTo(200);
    }

    @Then("{word}'s session has ended")
    public void ended(String who) {
        assertThat(exchanges
                        .http
                        .get("/api/v1/auth/me", exchanges.asCaller(who))
                        .code())
                .isEqualTo("SESSION_REVOKED");
    }

    @When("a standard OAuth client signs in as {string}, refreshes, introspects and revokes at tenant {long}")
    public void standardClient(String username, long tenant) throws Exception {
        NodeScripts.prepare(List.of(Path.of("src/test/node/oauth-client.js")));
        outcome = NodeScripts.run(
                NodeScripts.WORK,
                List.of("node", "oauth-client.js", exchanges.gerbang.issuer(tenant), username, "password123"),
                Map.of());
    }

    @Then("every step of the OAuth client passes")
    public void oauthClientPasses() {
        assertThat(outcome.exit()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("ok introspection after revocation: inactive");
    }

    /** Debian's PyJWT (python3-jwt) with its ES256 support (python3-cryptography), installed when missing. */
    static final class PythonJwt {
        static final String PYTHON = "/usr/bin/python3";

        static synchronized void ensureInstalled() throws IOException, InterruptedException {
            if (runs(List.of(PYTHON, "-c", "import jwt, cryptography"))) {
                return;
            }
            String apt = ("root".equals(System.getProperty("user.name")) ? "" : "sudo ") + "apt-get";
            String packages = " install -y -q python3-jwt python3-cryptography";
            runs(List.of("sh", "-c", apt + packages + " || (" + apt + " update -q && " + apt + packages + ")"));
            assertThat(runs(List.of(PYTHON, "-c", "import jwt, cryptography")))
                    .as("python3-jwt is missing and could not be installed: apt-get install -y python3-jwt")
                    .isTrue();
        }

        private static boolean runs(List<String> command) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        }
    }
}
