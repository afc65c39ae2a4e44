package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** The steps of signing in, staying signed in and signing out, played by the demo users over HTTP against two nodes. */
public class SignInSteps {

    private final Exchanges exchanges;

    private final Map<String, String> presentedRefresh = new HashMap<>();
    private List<Answer> burst = List.of();
    private Instant lastRefreshAt;

    public SignInSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    @Given("Gerbang is running with the demo data")
    public void gerbangIsRunning() {
        exchanges.gerbang = RunningGerbang.get();
        exchanges.http = exchanges.gerbang.nodeA;
    }

    // ---- signing in

    @When("{word} logs in with identity {string} and password {string}")
    public void logsInWithIdentity(String who, String identity, String password) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/auth/login",
                Map.of("user_identity", identity, "password", password),
                exchanges.tenantHeader(who));
        exchanges.remember(who);
    }

    @When("{word} logs in with email {string} and password {string}")
    public void logsInWithEmail(String who, String email, String password) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/auth/login", Map.of("email", email, "password", password), exchanges.tenantHeader(who));
        exchanges.remember(who);
    }

    @When("a client logs in with identity {string} and password {string}")
    public void clientLogsInWithIdentity(String identity, String password) {
        logsInWithIdentity("client", identity, password);
    }

    @When("a client logs in with email {string} and password {string}")
    public void clientLogsInWithEmail(String email, String password) {
        logsInWithEmail("client", email, password);
    }

    @When("a client naming tenant {string} logs in with identity {string} and password {string}")
    public void namingTenantLogsIn(String tenant, String identity, String password) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/auth/login", Map.of("user_identity", identity, "password", password), "X-Tenant-ID", tenant);
    }

    @When("a client speaking {string} logs in with identity {string} and password {string}")
    public void speakingLogsIn(String language, String identity, String password) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/auth/login",
                Map.of("user_identity", identity, "password", password),
                "Accept-Language",
                language);
    }

    @Given("{word} has logged in")
    public void hasLoggedIn(String who) {
        exchanges.signIn(who);
    }

    @Given("{word} has logged in twice")
    public void hasLoggedInTwice(String who) {
        hasLoggedIn(who);
        hasLoggedIn(who);
    }

    // ---- staying signed in

    @When("{word} asks for their profile")
    public void asksForProfile(String who) {
        exchanges.answer = exchanges.http.get("/api/v1/auth/me", "Authorization", exchanges.bearer(who));
    }

    @When("{word} asks the other node for their profile")
    public void asksOtherNode(String who) {
        exchanges.answer = exchanges.gerbang.nodeB.get("/api/v1/auth/me", "Authorization", exchanges.bearer(who));
    }

    @When("{word} asks for their profile naming tenant {string}")
    public void asksNamingTenant(String who, String tenant) {
        exchanges.answer =
                exchanges.http.get("/api/v1/auth/me", "Authorization", exchanges.bearer(who), "X-Tenant-ID", tenant);
    }

    @When("{word} uses their first session to ask for their profile")
    public void firstSessionAsks(String who) {
        String first =
                exchanges.logins.get(who).get(0).data().path("access_token").asText();
        exchanges.answer = exchanges.http.get("/api/v1/auth/me", "Authorization", "Bearer " + first);
    }

    @When("a client asks for the profile without a token")
    public void profileWithoutToken() {
        exchanges.answer = exchanges.http.get("/api/v1/auth/me");
    }

    @When("a client asks for the profile with the token {string}")
    public void profileWithToken(String token) {
        exchanges.answer = exchanges.http.get("/api/v1/auth/me", "Authorization", "Bearer " + token);
    }

    @When("{word} refreshes")
    public void refreshes(String who) {
        String token = exchanges.refreshToken(who);
        presentedRefresh.put(who, token);
        exchanges.answer = exchanges.http.post("/api/v1/auth/refresh", Map.of("refresh_token", token));
        lastRefreshAt = Instant.now();
        if (exchanges.answer.status() == 200) {
            exchanges.logins.get(who).add(exchanges.answer);
        }
    }

    @Given("{word} has refreshed")
    public void hasRefreshed(String who) {
        refreshes(who);
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(200);
    }

    @When("{word} refreshes with the first refresh token again")
    public void refreshesWithFirst(String who) {
        String first =
                exchanges.logins.get(who).get(0).data().path("refresh_token").asText();
        exchanges.answer = exchanges.http.post("/api/v1/auth/refresh", Map.of("refresh_token", first));
    }

    @When("the grace window has passed")
    public void graceWindowPassed() {
        Instant over = lastRefreshAt.plus(RunningGerbang.GRACE).plusMillis(200);
        await().atMost(RunningGerbang.GRACE.plusSeconds(2))
                .until(() -> Instant.now().isAfter(over));
    }

    @Then("the new refresh token differs from the one presented")
    public void newRefreshDiffers() {
        String presented = presentedRefresh.values().iterator().next();
        assertThat(exchanges.answer.data().path("refresh_token").asText())
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(presented);
    }

    @When("{int} refreshes with {word}'s refresh token arrive at once, half on each node")
    public void refreshesAtOnce(int count, String who) throws Exception {
        String token = exchanges.refreshToken(who.replace("'s", ""));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        List<CompletableFuture<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Http node = i % 2 == 0 ? exchanges.gerbang.nodeA : exchanges.gerbang.nodeB;
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return node.post("/api/v1/auth/refresh", Map.of("refresh_token", token));
                    },
                    threads));
        }
        start.countDown();
        burst = futures.stream().map(CompletableFuture::join).toList();
        threads.shutdown();
    }

    @Then("every one of them is answered 200 with the same new pair")
    public void sameNewPair() {
        assertThat(burst).extracting(Answer::status).containsOnly(200);
        Set<String> pairs = burst.stream()
                .map(one -> one.data().path("access_token").asText() + "/"
                        + one.data().path("refresh_token").asText())
                .collect(Collectors.toSet());
        assertThat(pairs).hasSize(1);
    }

    @Then("{word} can refresh with that new pair")
    public void canRefreshWithNewPair(String who) {
        exchanges.logins.get(who).add(burst.get(0));
        refreshes(who);
        assertThat(exchanges.answer.status()).isEqualTo(200);
    }

    @Then("{word}'s access token says {string} is {string}")
    public void accessTokenSays(String who, String claim, String value) {
        String payload = exchanges.access(who).split("\\.")[1];
        JsonNode claims = Json.read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        JsonNode node = claims.path(claim);
        assertThat(node.isTextual() ? node.asText() : node.toString()).isEqualTo(value);
    }

    @Then("the refresh token in the answer is 64 hex digits")
    public void refreshTokenIsHex() {
        assertThat(exchanges.answer.data().path("refresh_token").asText()).matches("[0-9a-f]{64}");
    }

    @Then("the answer never shows a password hash")
    public void noPasswordHash() {
        assertThat(exchanges.answer.body()).doesNotContain("$2a$", "$2b$", "password_hash", "password");
    }

    // ---- signing out

    @When("{word} logs out with the refresh token")
    public void logsOutWithRefresh(String who) {
        exchanges.answer =
                exchanges.http.post("/api/v1/auth/logout", Map.of("refresh_token", exchanges.refreshToken(who)));
    }

    @When("{word} logs out with the access token in the body")
    public void logsOutWithAccess(String who) {
        exchanges.answer = exchanges.http.post("/api/v1/auth/logout", Map.of("token", exchanges.access(who)));
    }

    @When("{word} logs out with the bearer token alone")
    public void logsOutWithBearer(String who) {
        exchanges.answer = exchanges.http.send(
                HttpRequest.newBuilder(URI.create(exchanges.http.base() + "/api/v1/auth/logout"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                "Authorization",
                exchanges.bearer(who));
    }

    @When("{word} logs out every session of user {long}")
    public void logsOutEverySession(String who, long user) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/auth/logout", Map.of("user_id", user), "Authorization", exchanges.bearer(who));
    }
}
