package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.adapters.persistence.twofactor.OtpTotp;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TotpCodes;
import io.gerbang.domain.twofactor.TotpStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The two-factor specs, played by a fresh person per scenario on both nodes. The codes are what an
 * authenticator app would show: computed here from the secret the setup answered (otp-java, as the server).
 */
public class TwoFactorSteps {

    private final Exchanges exchanges;

    public TwoFactorSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    private Http nodeA;
    private Http nodeB;
    private Http hasbi;
    private String hasbiToken;
    private String identity;
    private String email;
    private long userId;
    private String accessToken;
    private String secret;
    private String firstSecret;
    private String enablingCode;
    private String lastCode;
    private List<String> recoveryCodes = List.of();
    private String mfaToken;
    private String otherDeviceToken;
    private final List<Answer> wrongAnswers = new ArrayList<>();
    private List<Answer> race = List.of();
    private final List<String> enableRaces = new ArrayList<>();

    private void answered(Answer answer) {
        exchanges.answer = answer;
    }

    private Answer answer() {
        return exchanges.answer;
    }

    @Given("a fresh person has signed in")
    public void aFreshPersonHasSignedIn() {
        RunningGerbang gerbang = RunningGerbang.get();
        nodeA = gerbang.nodeA;
        nodeB = gerbang.nodeB;
        hasbi = nodeA;
        hasbiToken = nodeA.login("800000001").data().path("access_token").asText();
        identity = "5" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        email = "tfa-" + identity + "@new.example";
        Answer registered = nodeA.post(
                "/api/v1/users",
                Map.of(
                        "user_identity",
                        identity,
                        "name",
                        "Dua Faktor",
                        "email",
                        email,
                        "password",
                        "password123",
                        "unit_id",
                        2),
                "Authorization",
                "Bearer " + hasbiToken);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        userId = registered.data().path("id").asLong();
        Answer login = nodeA.login(identity);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        accessToken = login.data().path("access_token").asText();
    }

    // ---- setting up and turning on or off

    @When("the person sets up two-factor")
    public void setsUp() {
        answered(nodeA.post("/api/v1/auth/2fa/setup", "{}", bearer()));
        if (answer().status() == 200) {
            firstSecret = secret;
            secret = answer().data().path("secret").asText();
        }
    }

    @When("the person sets up two-factor again")
    public void setsUpAgain() {
        setsUp();
    }

    @Then("the setup answers a 32-character base32 secret and its otpauth URI")
    public void setupAnswers() {
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(answer().data().path("otpauth_uri").asText())
                .startsWith("otpauth://totp/Gerbang:" + email.replace("@", "%40") + "?")
                .contains("secret=" + secret, "issuer=Gerbang", "digits=6", "period=30", "algorithm=SHA1");
    }

    @When("the person turns two-factor on with a code of the secret")
    public void turnsOnWithACode() {
        enablingCode = OtpTotp.codeAt(secret, TotpStep.at(Instant.now()));
        answered(nodeA.post("/api/v1/auth/2fa/enable", Map.of("code", enablingCode), bearer()));
        if (answer().status() == 200) {
            recoveryCodes = new ArrayList<>();
            answer().data().path("recovery_codes").forEach(code -> recoveryCodes.add(code.asText()));
        }
    }

    @When("the person turns two-factor on with a code of the first secret")
    public void turnsOnWithTheFirstSecret() {
        answered(nodeA.post(
                "/api/v1/auth/2fa/enable",
                Map.of("code", OtpTotp.codeAt(firstSecret, TotpStep.at(Instant.now()))),
                bearer()));
    }

    @When("the person turns two-factor on with a wrong code")
    public void turnsOnWithAWrongCode() {
        answered(nodeA.post("/api/v1/auth/2fa/enable", Map.of("code", wrongCode()), bearer()));
    }

    @When("the person turns two-factor on")
    @Given("the person has two-factor on")
    public void hasTwoFactorOn() {
        setsUp();
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        turnsOnWithACode();
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
    }

    @When("the person turns two-factor on with the next code of the new secret")
    public void turnsOnWithTheNextCode() {
        enablingCode =
                OtpTotp.codeAt(secret, new TotpStep(TotpStep.at(Instant.now()).index() + 1));
        answered(nodeA.post("/api/v1/auth/2fa/enable", Map.of("code", enablingCode), bearer()));
    }

    @When("the person asks tenant 1's token endpoint for tokens with their password")
    public void asksTheTokenEndpoint() {
        answered(nodeA.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(nodeA.base() + "/t/1/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=gerbang"
                        + "&password=password123&username="
                        + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)))));
    }

    @When("the person signs in with their password alone")
    public void signsInWithPasswordAlone() {
        answered(nodeA.login(identity));
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        accessToken = answer().data().path("access_token").asText();
    }

    @When("the person turns two-factor on with a code of that secret while setting up again, {int} times")
    public void enableRacingSetup(int rounds) throws Exception {
        enableRaces.clear();
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                setsUp();
            }
            String proved = secret;
            String code = OtpTotp.codeAt(proved, TotpStep.at(Instant.now()));
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Answer> enabling = CompletableFuture.supplyAsync(() ->
                    awaitThen(start, () -> nodeA.post("/api/v1/auth/2fa/enable", Map.of("code", code), bearer())));
            CompletableFuture<Answer> settingUp = CompletableFuture.supplyAsync(
                    () -> awaitThen(start, () -> nodeB.post("/api/v1/auth/2fa/setup", "{}", bearer())));
            start.countDown();
            Answer enabled = enabling.get();
            Answer setUp = settingUp.get();
            if (enabled.status() == 200) {
                enableRaces.add(proved);
                return;
            }
            assertThat(enabled.code()).as(enabled.body()).isIn("CONFLICT", "MFA_CODE_INVALID");
            assertThat(setUp.status()).as(setUp.body()).isEqualTo(200);
            secret = setUp.data().path("secret").asText();
        }
    }

    @Then("every time two-factor is on, the secret it is on with is the one whose code was sent")
    public void onWithTheProvedSecret() {
        Answer me = nodeB.get("/api/v1/auth/me", bearer());
        if (!me.data().path("two_factor_enabled").asBoolean()) {
            assertThat(enableRaces).isEmpty();
            return;
        }
        String proved = enableRaces.get(0);
        // signing in asks for a code of the proved secret, and no other
        Answer login = nodeA.login(identity);
        Answer second = secondFactor(
                nodeA,
                login.data().path("mfa_token").asText(),
                OtpTotp.codeAt(proved, new TotpStep(TotpStep.at(Instant.now()).index() + 1)));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
    }

    @Then("the answer holds 10 recovery codes")
    public void holdsRecoveryCodes() {
        assertThat(recoveryCodes)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    }

    @When("the person turns two-factor off with their first recovery code")
    public void turnsOffWithRecoveryCode() {
        answered(nodeB.post("/api/v1/auth/2fa/disable", Map.of("code", recoveryCodes.get(0)), bearer()));
    }

    @Given("the person is in the two-factor state {string}")
    public void isInState(String state) {
        if ("on".equals(state)) {
            hasTwoFactorOn();
        }
    }

    @When("the person tries to {}")
    public void triesTo(String action) {
        switch (action) {
            case "set it up" -> answered(nodeA.post("/api/v1/auth/2fa/setup", "{}", bearer()));
            case "turn it on" ->
                answered(nodeA.post(
                        "/api/v1/auth/2fa/enable",
                        Map.of("code", secret == null ? "123456" : OtpTotp.codeAt(secret, TotpStep.at(Instant.now()))),
                        bearer()));
            case "turn it off" -> answered(nodeA.post("/api/v1/auth/2fa/disable", Map.of("code", "123456"), bearer()));
            default -> throw new IllegalArgumentException(action);
        }
    }

    @Then("the person's profile says two_factor_enabled is {string}")
    public void profileSays(String enabled) {
        Answer me = nodeB.get("/api/v1/auth/me", bearer());
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.data().path("two_factor_enabled").asText()).isEqualTo(enabled);
    }

    @Given("the person has signed in on another device")
    public void signedInOnAnotherDevice() {
        otherDeviceToken = nodeB.login(identity).data().path("access_token").asText();
    }

    @Then("the other device's session has ended")
    public void otherDeviceEnded() {
        Answer me = nodeA.get("/api/v1/auth/me", "Authorization", "Bearer " + otherDeviceToken);
        assertThat(me.status()).as(me.body()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("SESSION_REVOKED");
        assertThat(nodeA.get("/api/v1/auth/me", bearer()).status()).isEqualTo(200);
    }

    // ---- signing in with the second factor

    @When("the person signs in with their password")
    public void signsInWithPassword() {
        answered(nodeA.login(identity));
        mfaToken = answer().data().path("mfa_token").asText(null);
    }

    @When("the person signs in with their e-mail and password")
    public void signsInWithEmail() {
        answered(nodeA.post("/api/v1/auth/login", Map.of("email", email, "password", "password123")));
    }

    @Then("the answer asks for the second factor without giving tokens")
    public void asksForSecondFactor() {
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        assertThat(answer().data().path("mfa_required").asBoolean()).isTrue();
        assertThat(answer().data().path("mfa_token").asText()).matches("[0-9a-f]{64}");
        assertThat(answer().data().path("expires_in").asLong()).isEqualTo(300);
        assertThat(answer().data().has("access_token")).isFalse();
        assertThat(answer().data().has("refresh_token")).isFalse();
    }

    @When("the person sends the mfa_token with the next code of their app")
    public void sendsNextCode() {
        lastCode =
                OtpTotp.codeAt(secret, new TotpStep(TotpStep.at(Instant.now()).index() + 1));
        answered(secondFactor(nodeA, mfaToken, lastCode));
        if (answer().status() == 200) {
            accessToken = answer().data().path("access_token").asText();
        }
    }

    // ---- through a client app's dialect

    @When("the person signs in with their password through the {word} client")
    public void signsInThroughDialect(String dialect) {
        answered(
                "connector".equals(dialect)
                        ? nodeA.post(
                                "/clients/connector/api/v1/auth/login",
                                Map.of("email", email, "password", "password123"))
                        : nodeA.post(
                                "/clients/kampus/api/auth/login",
                                Map.of("username", identity, "password", "password123")));
        mfaToken = answer().json().path("mfa_token").asText(null);
    }

    @Then("the bare answer asks for the second factor without giving tokens")
    public void bareAsksForSecondFactor() {
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        assertThat(answer().json().path("mfa_required").asBoolean()).isTrue();
        assertThat(answer().json().path("mfa_token").asText()).matches("[0-9a-f]{64}");
        assertThat(answer().json().has("access_token")).isFalse();
        assertThat(answer().json().has("token")).isFalse();
    }

    @When("the person sends the mfa_token with the next code of their app to the {word} client on the other node")
    public void sendsNextCodeThroughDialect(String dialect) {
        lastCode =
                OtpTotp.codeAt(secret, new TotpStep(TotpStep.at(Instant.now()).index() + 1));
        String path = "connector".equals(dialect)
                ? "/clients/connector/api/v1/auth/login-2fa"
                : "/clients/kampus/api/auth/login-2fa";
        answered(nodeB.post(path, Map.of("mfa_token", mfaToken, "code", lastCode)));
    }

    @Then("the connector's bare answer is the person's token pair")
    public void connectorPair() {
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        assertThat(answer().json().path("user_id").asText()).isEqualTo(String.valueOf(userId));
        assertThat(answer().json().path("token_type").asText()).isEqualTo("bearer");
        assertThat(answer().json().path("refresh_token").asText()).matches("[0-9a-f]{64}");
    }

    @Then("the campus answer is the person and their token")
    public void campusUserAndToken() {
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        assertThat(answer().json().path("user").path("username").asText()).isEqualTo(identity);
        assertThat(answer().json().path("user").path("prodi_id").asText()).isEqualTo("TI");
        assertThat(answer().json().path("token").asText()).startsWith("eyJ");
    }

    @When("the person sends the mfa_token with the next code of their app naming tenant {string}")
    public void sendsNextCodeNamingTenant(String tenant) {
        lastCode =
                OtpTotp.codeAt(secret, new TotpStep(TotpStep.at(Instant.now()).index() + 1));
        answered(nodeA.post(
                "/api/v1/auth/login-2fa", Map.of("mfa_token", mfaToken, "code", lastCode), "X-Tenant-ID", tenant));
    }

    @Given("the person has signed in with the next code of their app")
    public void hasSignedInWithNextCode() {
        signsInWithPassword();
        sendsNextCode();
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
    }

    @When("the person sends the mfa_token with the same code again")
    public void sendsSameCodeAgain() {
        answered(secondFactor(nodeB, mfaToken, lastCode));
    }

    @When("the person sends the mfa_token with the code that turned two-factor on")
    public void sendsEnablingCode() {
        answered(secondFactor(nodeB, mfaToken, enablingCode));
    }

    @When("the person sends the same mfa_token again with a recovery code")
    public void sendsSameTokenWithRecoveryCode() {
        answered(secondFactor(nodeB, mfaToken, recoveryCodes.get(1)));
    }

    @When("the person sends the mfa_token with their first recovery code")
    public void sendsRecoveryCode() {
        answered(secondFactor(nodeB, mfaToken, recoveryCodes.get(0)));
    }

    @When("the person sends the mfa_token with a wrong code {int} times")
    public void sendsWrongCodes(int times) {
        wrongAnswers.clear();
        for (int i = 0; i < times; i++) {
            wrongAnswers.add(secondFactor(i % 2 == 0 ? nodeA : nodeB, mfaToken, wrongCode()));
        }
    }

    @Then("every one of them was answered {int} with code {string}")
    public void everyWrongAnswered(int status, String code) {
        assertThat(wrongAnswers).allSatisfy(wrong -> {
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(status);
            assertThat(wrong.code()).isEqualTo(code);
        });
    }

    @Then("the answer is a login result for the person with user_id")
    public void loginResultWithUserId() {
        assertThat(answer().status()).as(answer().body()).isEqualTo(200);
        assertThat(answer().data().path("user_id").asLong()).isEqualTo(userId);
        assertThat(answer().data().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer().data().path("refresh_token").asText()).matches("[0-9a-f]{64}");
        assertThat(answer().data().path("user").path("user_identity").asText()).isEqualTo(identity);
        accessToken = answer().data().path("access_token").asText();
    }

    @Then("the person's new access token works")
    public void newAccessTokenWorks() {
        Answer me = nodeB.get("/api/v1/auth/me", bearer());
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.data().path("two_factor_enabled").asBoolean()).isTrue();
    }

    @When("the person signs in twice with their password, once on each node")
    public void signsInTwice() {
        signsInWithPassword();
        String onA = mfaToken;
        answered(nodeB.login(identity));
        race = List.of();
        mfaToken = onA + " " + answer().data().path("mfa_token").asText();
    }

    @When("both mfa_tokens are sent at the same instant with one code, each to its own node")
    public void bothAtOnce() throws Exception {
        String[] tokens = mfaToken.split(" ");
        String code =
                OtpTotp.codeAt(secret, new TotpStep(TotpStep.at(Instant.now()).index() + 1));
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Answer> onA =
                CompletableFuture.supplyAsync(() -> awaitThen(start, () -> secondFactor(nodeA, tokens[0], code)));
        CompletableFuture<Answer> onB =
                CompletableFuture.supplyAsync(() -> awaitThen(start, () -> secondFactor(nodeB, tokens[1], code)));
        start.countDown();
        race = List.of(onA.get(), onB.get());
    }

    @Then("exactly one of them is answered 200 and the other 401 with code {string}")
    public void exactlyOne(String code) {
        assertThat(race).extracting(Answer::status).containsExactlyInAnyOrder(200, 401);
        Answer refused = race.stream()
                .filter(answer -> answer.status() == 401)
                .findFirst()
                .orElseThrow();
        assertThat(refused.code()).isEqualTo(code);
    }

    @When("the person sends to \\/login-2fa the body {}")
    public void sendsBody(String body) {
        String filled = body.replace("<token>", mfaToken).replace("<300 digits>", "1".repeat(300));
        answered(nodeA.post("/api/v1/auth/login-2fa", filled));
    }

    // ---- administrators

    @When("Hasbi turns two-factor off for the person")
    public void hasbiTurnsOff() {
        answered(hasbi.patch(
                "/api/v1/users/" + userId, "{\"two_factor_enabled\": false}", "Authorization", "Bearer " + hasbiToken));
    }

    @When("Hasbi changes the person with:")
    public void hasbiChanges(String patch) {
        answered(hasbi.patch("/api/v1/users/" + userId, patch, "Authorization", "Bearer " + hasbiToken));
    }

    @Then("the person's session has ended")
    public void sessionEnded() {
        Answer me = nodeB.get("/api/v1/auth/me", bearer());
        assertThat(me.status()).as(me.body()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("SESSION_REVOKED");
    }

    @When("the person asks for their own profile")
    public void asksForProfile() {
        answered(nodeA.get("/api/v1/auth/me", bearer()));
    }

    @Then("the answer does not contain the person's secret")
    public void noSecret() {
        assertThat(answer().status()).isEqualTo(200);
        assertThat(answer().body())
                .doesNotContain(secret)
                .doesNotContain("totp")
                .doesNotContain("recovery");
    }

    // ----

    private Answer secondFactor(Http node, String token, String code) {
        return node.post("/api/v1/auth/login-2fa", Map.of("mfa_token", token, "code", code));
    }

    /** A 6-digit code that none of the accepted steps around now has. */
    private String wrongCode() {
        return TotpCodes.wrong(secret);
    }

    private String[] bearer() {
        return new String[] {"Authorization", "Bearer " + accessToken};
    }

    private static <T> T awaitThen(CountDownLatch start, java.util.function.Supplier<T> work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.get();
    }
}
