package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request limits, seen from several clients: each client is another loopback address
 * ({@link ClientAt}), so Gerbang sees another peer. Runs against the pair with its limits on.
 */
public class RateLimitSteps {

    private final Exchanges exchanges;

    public RateLimitSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    private static final Map<String, String> IDENTITIES =
            Map.of("Naruto", "100000001", "Sakura", "100000002", "Kakashi", "100000003", "Hasbi", "800000001");
    private static final Map<String, ClientAt> CLIENTS = new ConcurrentHashMap<>();

    private List<Answer> attempts = new ArrayList<>();
    private Duration lastTook = Duration.ZERO;

    @Before(order = 0)
    public void pickThePair(Scenario scenario) {
        RunningGerbang.forScenario(
                scenario.getSourceTagNames().contains("@limits-on"),
                scenario.getSourceTagNames().contains("@short-tokens"));
    }

    // ---- signing in from an address

    @When("{word} signs in {int} times from {string}")
    public void signsInTimes(String who, int times, String address) {
        attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            attempts.add(signIn(address, RunningGerbang.get().portA, IDENTITIES.get(who), "password123"));
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    @When("{word} signs in from {string}")
    public void signsIn(String who, String address) {
        exchanges.answer = signIn(address, RunningGerbang.get().portA, IDENTITIES.get(who), "password123");
    }

    @When("{word} signs in from {string} on node B")
    public void signsInOnNodeB(String who, String address) {
        exchanges.answer = signIn(address, RunningGerbang.get().portB, IDENTITIES.get(who), "password123");
    }

    @When("someone tries a wrong password for {word} {int} times from {string}")
    public void wrongPasswords(String who, int times, String address) {
        wrongPasswordsTo(RunningGerbang.get().portA, IDENTITIES.get(who), times, address);
    }

    @When("someone tries a wrong password for {word} {int} times from {string} on node B")
    public void wrongPasswordsOnNodeB(String who, int times, String address) {
        wrongPasswordsTo(RunningGerbang.get().portB, IDENTITIES.get(who), times, address);
    }

    @When("someone tries a wrong password for the unknown identity {string} {int} times from {string}")
    public void wrongPasswordsForNobody(String identity, int times, String address) {
        wrongPasswordsTo(RunningGerbang.get().portA, identity, times, address);
    }

    @When("the unknown identity {string} signs in with a right-looking password from {string}")
    public void nobodySignsIn(String identity, String address) {
        exchanges.answer = signIn(address, RunningGerbang.get().portA, identity, "password123");
    }

    private void wrongPasswordsTo(int port, String identity, int times, String address) {
        attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            attempts.add(signIn(address, port, identity, "not-the-password"));
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    @When("someone tries a wrong password for {word} 5 times from each of {int} addresses")
    public void spreadOutAttack(String who, int addresses) {
        for (int i = 1; i <= addresses; i++) {
            wrongPasswordsTo(RunningGerbang.get().portA, IDENTITIES.get(who), 5, "127.0.1." + i);
            assertThat(attempts)
                    .allSatisfy(answer ->
                            assertThat(answer.status()).as(answer.body()).isEqualTo(401));
        }
    }

    @When("someone tries a wrong password for {word} from {string}")
    public void oneTimedWrongPassword(String who, String address) {
        long started = System.nanoTime();
        exchanges.answer = signIn(address, RunningGerbang.get().portA, IDENTITIES.get(who), "not-the-password");
        lastTook = Duration.ofNanos(System.nanoTime() - started);
    }

    @When("someone sends {int} made-up mfa_tokens to \\/login-2fa from {string}")
    public void madeUpTokens(int times, String address) {
        attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            String token = String.format("%064x", i + 1);
            attempts.add(client(address)
                    .post(
                            RunningGerbang.get().portA,
                            "/api/v1/auth/login-2fa",
                            "{\"mfa_token\":\"" + token + "\",\"code\":\"123456\"}"));
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    // ---- X-Forwarded-For

    @When("someone at {string} tries {int} wrong passwords for {word}, each claiming another address in"
            + " X-Forwarded-For")
    public void forgedForwardedFor(String address, int times, String who) {
        attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            attempts.add(signIn(
                    address,
                    RunningGerbang.get().portA,
                    IDENTITIES.get(who),
                    "not-the-password",
                    "X-Forwarded-For",
                    "10.0.0." + (i + 1)));
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    @When("someone at {string} signs in as {word} claiming {string} in X-Forwarded-For")
    public void signsInClaiming(String address, String who, String forwardedFor) {
        exchanges.answer = signIn(
                address,
                RunningGerbang.get().portA,
                IDENTITIES.get(who),
                "password123",
                "X-Forwarded-For",
                forwardedFor);
    }

    @When("the trusted proxy forwards {int} wrong passwords for {word} from {string}")
    public void proxiedWrongPasswords(int times, String who, String client) {
        attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            attempts.add(signIn(
                    RunningGerbang.TRUSTED_PROXY,
                    RunningGerbang.get().portA,
                    IDENTITIES.get(who),
                    "not-the-password",
                    "X-Forwarded-For",
                    client));
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    @When("the trusted proxy forwards {word}'s sign-in from {string}")
    public void proxiedSignIn(String who, String client) {
        exchanges.answer = signIn(
                RunningGerbang.TRUSTED_PROXY,
                RunningGerbang.get().portA,
                IDENTITIES.get(who),
                "password123",
                "X-Forwarded-For",
                client);
    }

    // ---- refreshes and session checks

    @When("{word} signs in from {string} and refreshes {int} times")
    public void refreshes(String who, String address, int times) {
        Answer login = signIn(address, RunningGerbang.get().portA, IDENTITIES.get(who), "password123");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String refresh = login.data().path("refresh_token").asText();
        attempts = new ArrayList<>();
        ClientAt client = client(address);
        for (int i = 0; i < times; i++) {
            Answer answer = client.post(
                    RunningGerbang.get().portA, "/api/v1/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}");
            attempts.add(answer);
            if (answer.status() == 200) {
                refresh = answer.data().path("refresh_token").asText();
            }
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    @When("{word} signs in from {string} and lists their sessions {int} times")
    public void listsSessions(String who, String address, int times) {
        Answer login = signIn(address, RunningGerbang.get().portA, IDENTITIES.get(who), "password123");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String bearer = "Bearer " + login.data().path("access_token").asText();
        attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            String path = i % 3 == 0
                    ? "/api/v1/auth/sessions"
                    : i % 3 == 1 ? "/api/v1/auth/check-tokens" : "/api/v1/auth/session-count";
            attempts.add(RunningGerbang.get().nodeB.get(path, "Authorization", bearer));
        }
        exchanges.answer = attempts.get(attempts.size() - 1);
    }

    // ---- what was answered

    @Then("the first {int} were answered {int}")
    public void firstWereAnswered(int count, int status) {
        assertThat(attempts.subList(0, count))
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(status));
    }

    @Then("all of them were answered {int}")
    public void allWereAnswered(int status) {
        firstWereAnswered(attempts.size(), status);
    }

    @Then("the answer says to retry after at most {int} seconds")
    public void retryAfter(int most) {
        Answer answer = exchanges.answer;
        assertThat(answer.status()).isEqualTo(429);
        long header = Long.parseLong(answer.header("Retry-After"));
        assertThat(header).isBetween(1L, (long) most);
        assertThat(answer.json().path("meta").path("retry_after").asLong()).isEqualTo(header);
    }

    @Then("it was answered 401 only after at least {int} ms")
    public void answeredLate(int millis) {
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(401);
        assertThat(lastTook).isGreaterThanOrEqualTo(Duration.ofMillis(millis));
    }

    @Then("it was answered 401 without the slow-down")
    public void answeredWithoutSlowDown() {
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(401);
        // the first slowed failure waits 250 ms before anything is sent; this one did not
        assertThat(lastTook).isLessThan(Duration.ofMillis(250));
    }

    private static Answer signIn(String address, int port, String identity, String password, String... headers) {
        return client(address)
                .post(
                        port,
                        "/api/v1/auth/login",
                        "{\"user_identity\":\"" + identity + "\",\"password\":\"" + password + "\"}",
                        headers);
    }

    private static ClientAt client(String address) {
        return CLIENTS.computeIfAbsent(address, ClientAt::new);
    }
}
