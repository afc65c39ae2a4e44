package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.bootstrap.admin.AdminCommandLine;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant keys and the standard endpoints on two nodes sharing one PostgreSQL and one Redis, as behind a balancer:
 * introspection that turns inactive at once after a logout on the other node, a revoked key whose tokens both nodes
 * refuse within a second, and the tokens an older version signed with the server's secret, still good after the
 * upgrade.
 */
class TenantKeysAcrossNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE_SERVER = "resource-server:resource-server-demo-secret-0123456789ab";

    private static TestGerbang.Cluster cluster;
    private static GerbangServer nodeA;
    private static GerbangServer nodeB;
    private static Http a;
    private static Http b;

    @BeforeAll
    static void startTwoNodes() {
        cluster = TestGerbang.cluster();
        nodeA = cluster.startNode(Map.of("GERBANG_PUBLIC_URL", "https://gerbang.example"));
        nodeB = cluster.startNode(Map.of("GERBANG_PUBLIC_URL", "https://gerbang.example"));
        a = new Http(nodeA.port());
        b = new Http(nodeB.port());
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
    }

    private static Answer form(Http node, String path, String body, String... headers) {
        return node.send(
                HttpRequest.newBuilder(URI.create(node.base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode introspect(Http node, String token) {
        Answer answer = form(node, "/t/1/introspect", "token=" + token, "Authorization", basic(RESOURCE_SERVER));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String accessToken(Http node, String username) {
        Answer answer = form(
                node,
                "/t/1/token",
                "grant_type=password&client_id=gerbang&password=password123" + "&username=" + username);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("access_token").asText();
    }

    private static int me(Http node, String token) {
        return node.get("/api/v1/auth/me", "Authorization", "Bearer " + token).status();
    }

    @Test
    void introspectionIsActiveUntilALogoutOnTheOtherNodeAndInactiveAtOnceAfter() {
        String token = accessToken(a, "100000002");
        JsonNode active = introspect(b, token);
        assertThat(active.path("active").asBoolean()).isTrue();
        assertThat(active.path("username").asText()).isEqualTo("100000002");
        assertThat(active.path("iss").asText()).isEqualTo("https://gerbang.example/t/1");

        assertThat(a.post("/api/v1/auth/logout", "", "Authorization", "Bearer " + token)
                        .status())
                .isEqualTo(200);

        assertThat(introspect(b, token).path("active").asBoolean()).isFalse();
        assertThat(introspect(b, token).size()).isEqualTo(1);
    }

    @Test
    void aRevokedKeysTokensAreRefusedOnBothNodesWithinASecondAndTheNextKeySignsAtOnce() {
        String before = accessToken(a, "100000001");
        assertThat(me(a, before)).isEqualTo(200);
        assertThat(me(b, before)).isEqualTo(200);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdminCommandLine.run(
                new String[] {"rotate-keys", "--tenant", "1", "--revoke-current"},
                cluster.environment(),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        Instant revoked = Instant.now();
        assertThat(exit).as(err.toString()).isZero();

        Instant refusedOnBoth;
        while (true) {
            if (me(a, before) == 401 && me(b, before) == 401) {
                refusedOnBoth = Instant.now();
                break;
            }
            assertThat(Duration.between(revoked, Instant.now()))
                    .as("refused on both nodes within a second")
                    .isLessThan(Duration.ofSeconds(1));
        }
        assertThat(Duration.between(revoked, refusedOnBoth)).isLessThan(Duration.ofSeconds(1));
        assertThat(a.get("/api/v1/auth/me", "Authorization", "Bearer " + before).code())
                .isEqualTo("TOKEN_INVALID");
        assertThat(introspect(b, before).path("active").asBoolean()).isFalse();

        String after = accessToken(b, "100000001");
        assertThat(header(after).path("kid").asText())
                .isEqualTo(printedKid(out))
                .isNotEqualTo(header(before).path("kid").asText());
        assertThat(me(a, after)).isEqualTo(200);
        assertThat(b.get("/t/1/jwks.json").json().path("keys").findValuesAsText("kid"))
                .contains(printedKid(out))
                .doesNotContain(header(before).path("kid").asText());
    }

    private static String printedKid(StringWriter out) {
        try {
            return JSON.readTree(out.toString().trim()).path("kid").asText();
        } catch (java.io.IOException notJson) {
            throw new IllegalStateException(out.toString(), notJson);
        }
    }

    private static JsonNode header(String token) {
        return part(token, 0);
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
        } catch (java.io.IOException notJson) {
            throw new IllegalStateException(notJson);
        }
    }

    /**
     * An access token as the version before tenant keys signed it: HS256 under GERBANG_JWT_SECRET, no kid, issuer
     * "gerbang", for the same live session.
     */
    private static String signedTheOldWay(String token, long issuedAt) throws Exception {
        ObjectNode payload = (ObjectNode) part(token, 1);
        payload.put("iss", "gerbang");
        payload.put("iat", issuedAt);
        payload.put("exp", issuedAt + 900);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(JSON.writeValueAsBytes(payload));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestGerbang.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signed + "." + base64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aTokenTheVersionBeforeSignedWithTheServersSecretIsGoodAfterTheUpgradeUntilItExpires() throws Exception {
        String current = accessToken(a, "100000003");
        long now = Instant.now().getEpochSecond();
        String old = signedTheOldWay(current, now - 60);

        assertThat(me(a, old)).isEqualTo(200);
        assertThat(me(b, old)).isEqualTo(200);
        // one signed with the old secret well after this database's first tenant key proves nothing
        String forgedLater = signedTheOldWay(current, now + Duration.ofHours(2).toSeconds());
        assertThat(me(b, forgedLater)).isEqualTo(401);
        // and other services never see one: introspection answers only for tokens of a tenant key
        assertThat(introspect(a, current).path("active").asBoolean()).isTrue();
    }
}
