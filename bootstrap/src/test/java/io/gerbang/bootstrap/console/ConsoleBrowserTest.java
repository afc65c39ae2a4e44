package io.gerbang.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.twofactor.OtpTotp;
import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Browser;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import io.gerbang.domain.twofactor.TotpStep;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web console in a real browser (headless Chromium) against a running node: sign-in with and without the
 * second step, the profile, the sessions, and a session that ends elsewhere. A test that fails leaves a
 * screenshot of where it was under {@code target/console-screenshots/}.
 */
class ConsoleBrowserTest {

    private static GerbangServer node;
    private static Http http;
    private static String console;

    private Browser browser;
    private String test;

    /** A failing test's screen, taken before {@code @AfterEach} closes the browser. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, thrown) -> {
        if (browser != null) {
            browser.screenshot("failed-" + test);
        }
        throw thrown;
    };

    @BeforeAll
    static void start() {
        node = TestGerbang.cluster().startNode();
        http = new Http(node.port());
        console = "http://127.0.0.1:" + node.port() + "/";
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @BeforeEach
    void openBrowser(TestInfo info) {
        test = info.getTestMethod().orElseThrow().getName();
        browser = Browser.open(1000, 760, "en");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theRootLeadsToTheConsoleWhichSignsInAndShowsTheProfile() {
        browser.go(console);
        browser.until(ExpectedConditions.urlContains("/console/"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("sign-in")));
        browser.screenshot("sign-in");

        signIn("100000001", "password123");

        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("profile-name"), "Naruto Uzumaki"));
        assertThat(browser.find("#profile-roles").getText())
                .contains("USER at PT. Huminor Tech › Pusat › Teknik Informatika");
        assertThat(browser.find("#profile-permissions").getText()).contains("tasks.read", "tasks.write");
        assertThat(browser.find("#profile-two-factor").getText()).isEqualTo("Off");
        assertThat(browser.all("#profile-modules a")).isNotEmpty();
        browser.screenshot("profile");
    }

    @Test
    void aWrongPasswordIsRefusedInTheChosenLanguage() {
        browser.go(console + "console/");
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("sign-in")));
        new org.openqa.selenium.support.ui.Select(browser.find("#language")).selectByValue("id");
        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("sign-in-title"), "Masuk"));

        signIn("100000001", "not-the-password");

        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("notice"), "kredensial tidak valid"));
        assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
    }

    @Test
    void aPersonWithTwoFactorGivesTheirCodeAsTheSecondStep() {
        String bearer =
                "Bearer " + http.login("100000002").data().path("access_token").asText(); // Sakura
        String secret = http.post("/api/v1/auth/2fa/setup", Map.of(), "Authorization", bearer)
                .data()
                .path("secret")
                .asText();
        TotpStep now = TotpStep.at(Instant.now());
        assertThat(http.post(
                                "/api/v1/auth/2fa/enable",
                                Map.of("code", OtpTotp.codeAt(secret, now)),
                                "Authorization",
                                bearer)
                        .status())
                .isEqualTo(200);
        try {
            browser.go(console + "console/");
            signIn("sakura@company.com", "password123");
            browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("code-form")));
            browser.type("#code", wrongCode(secret, now));
            browser.find("#code-form button").click();
            browser.until(
                    ExpectedConditions.textToBe(org.openqa.selenium.By.id("notice"), "two-factor code is invalid"));

            // the code of the next step: the enabling code was this step's, and no code works twice
            browser.type("#code", OtpTotp.codeAt(secret, new TotpStep(now.index() + 1)));
            browser.find("#code-form button").click();

            browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("profile-name"), "Sakura Haruno"));
            assertThat(browser.find("#profile-two-factor").getText()).isEqualTo("On");
        } finally {
            // Sakura as the demo has her, for the other tests (an administrator's switch: no code needed)
            String hasbi = "Bearer "
                    + http.login("800000001").data().path("access_token").asText();
            http.patch("/api/v1/users/3", "{\"two_factor_enabled\":false}", "Authorization", hasbi);
        }
    }

    @Test
    void aSecondStepThatIsUsedUpGoesBackToTheFirstWithItsReason() {
        newPerson("700700703", "tono@company.com");
        String bearer = "Bearer " + signInByApi("700700703", "rahasia-123");
        String secret = http.post("/api/v1/auth/2fa/setup", Map.of(), "Authorization", bearer)
                .data()
                .path("secret")
                .asText();
        TotpStep now = TotpStep.at(Instant.now());
        assertThat(http.post(
                                "/api/v1/auth/2fa/enable",
                                Map.of("code", OtpTotp.codeAt(secret, now)),
                                "Authorization",
                                bearer)
                        .status())
                .isEqualTo(200);
        browser.go(console + "console/");
        signIn("700700703", "rahasia-123");
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("code-form")));

        // an mfa_token is good for five wrong codes; the sixth try finds it finished, as an expired one is
        for (int attempt = 1; attempt <= 6; attempt++) {
            browser.type("#code", wrongCode(secret, now));
            browser.find("#code-form button").click();
            if (attempt < 6) {
                browser.until(
                        ExpectedConditions.textToBe(org.openqa.selenium.By.id("notice"), "two-factor code is invalid"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("document.getElementById('notice').textContent = ''");
            }
        }

        browser.until(ExpectedConditions.textToBe(
                org.openqa.selenium.By.id("notice"),
                "the two-factor sign-in is unknown, finished or expired; sign in again"));
        assertThat(browser.find("#sign-in-form").isDisplayed()).isTrue();
        assertThat(browser.find("#code-form").isDisplayed()).isFalse();
    }

    @Test
    void anotherSessionIsEndedFromTheListAndIsGone() {
        Http.Answer elsewhere = http.post(
                "/api/v1/auth/login",
                Map.of(
                        "user_identity",
                        "100000003",
                        "password",
                        "password123",
                        "user_agent",
                        "Kakashi's phone")); // Kakashi, on another device
        String otherToken = "Bearer " + elsewhere.data().path("access_token").asText();
        browser.go(console + "console/");
        signIn("100000003", "password123");
        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("profile-name"), "Kakashi Hatake"));

        browser.find("#menu a[href='#/sessions']").click();
        browser.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                org.openqa.selenium.By.cssSelector("#session-rows tr"), 1));
        assertThat(browser.find("#session-rows").getText()).contains("Kakashi's phone", "this session");
        browser.screenshot("sessions");
        browser.find("#session-rows button[aria-label*=\"Kakashi's phone\"]").click();

        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("notice"), "Session ended."));
        assertThat(browser.find("#session-rows").getText())
                .doesNotContain("Kakashi's phone")
                .contains("this session");
        assertThat(http.get("/api/v1/auth/me", "Authorization", otherToken).code())
                .isEqualTo("SESSION_REVOKED");
    }

    @Test
    void aSessionEndedElsewhereSendsThePersonBackToSignIn() {
        browser.go(console + "console/");
        signIn("100000001", "password123");
        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("profile-name"), "Naruto Uzumaki"));

        // every session of Naruto's ends, from another of his sessions
        String other =
                "Bearer " + http.login("100000001").data().path("access_token").asText();
        assertThat(http.post("/api/v1/auth/logout", Map.of("user_id", 2), "Authorization", other)
                        .status())
                .isEqualTo(200);
        browser.find("#menu a[href='#/sessions']").click();

        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("sign-in")));
        assertThat(browser.find("#notice").getText()).isEqualTo("the session has ended");
        assertThat(browser.find("#menu").isDisplayed()).isFalse();
    }

    @Test
    void markupInANameIsShownAsTextAndNeverRun() {
        String hasbi =
                "Bearer " + http.login("800000001").data().path("access_token").asText();
        String name = "<img src=x onerror=\"window.ran=1\">";
        assertThat(http.post(
                                "/api/v1/users",
                                Map.of(
                                        "user_identity",
                                        "700700700",
                                        "email",
                                        "markup@company.com",
                                        "name",
                                        name,
                                        "password",
                                        "rahasia-123",
                                        "unit_id",
                                        2),
                                "Authorization",
                                hasbi)
                        .status())
                .isEqualTo(201);
        browser.go(console + "console/");
        signIn("700700700", "rahasia-123");

        browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("profile-name"), name));
        assertThat(browser.all("#profile-name img")).isEmpty();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.ran"))
                .isNull();
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsAndIsTheOneThatSignsIn() {
        newPerson("700700701", "dewi@company.com");
        String elsewhere = "Bearer " + signInByApi("700700701", "rahasia-123");
        browser.go(console + "console/");
        signIn("700700701", "rahasia-123");
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("profile")));

        browser.find("#menu a[href='#/security']").click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("password-form")));
        browser.type("#current-password", "rahasia-123");
        browser.type("#new-password", "rahasia-baru-456");
        browser.find("#password-form button").click();

        browser.until(ExpectedConditions.textToBe(
                org.openqa.selenium.By.id("notice"), "Password changed. Your other sessions have ended."));
        assertThat(http.get("/api/v1/auth/me", "Authorization", elsewhere).code())
                .isEqualTo("SESSION_REVOKED");
        assertThat(http.post("/api/v1/auth/login", Map.of("user_identity", "700700701", "password", "rahasia-123"))
                        .code())
                .isEqualTo("INVALID_CREDENTIALS");
        assertThat(signInByApi("700700701", "rahasia-baru-456")).isNotBlank();
    }

    @Test
    void twoFactorIsTurnedOnFromTheQrCodesKeyAndOffWithARecoveryCode() {
        newPerson("700700702", "wati@company.com");
        browser.go(console + "console/");
        signIn("700700702", "rahasia-123");
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("profile")));
        browser.find("#menu a[href='#/security']").click();
        browser.until(ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.id("two-factor-start")))
                .click();

        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("two-factor-qr")));
        assertThat(browser.find("#two-factor-qr").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                .executeScript("return document.getElementById('two-factor-qr').naturalWidth"))
                        .intValue())
                .isPositive();
        browser.screenshot("two-factor");
        String secret = browser.find("#two-factor-secret").getText();
        browser.type("#two-factor-enable-code", OtpTotp.codeAt(secret, TotpStep.at(Instant.now())));
        browser.find("#two-factor-enable-form button").click();

        browser.until(
                ExpectedConditions.numberOfElementsToBe(org.openqa.selenium.By.cssSelector("#recovery-codes li"), 10));
        String recoveryCode = browser.all("#recovery-codes li").get(0).getText();
        assertThat(browser.find("#two-factor-secret").getText()).isEmpty(); // the key is gone from the page
        browser.find("#recovery-done").click();
        browser.until(ExpectedConditions.textToBe(
                org.openqa.selenium.By.id("two-factor-state"), "Two-factor sign-in is on."));
        assertThat(browser.all("#recovery-codes li")).isEmpty();
        assertThat(http.post("/api/v1/auth/login", Map.of("user_identity", "700700702", "password", "rahasia-123"))
                        .data()
                        .path("mfa_required")
                        .asBoolean())
                .isTrue();

        browser.type("#two-factor-disable-code", recoveryCode);
        browser.find("#two-factor-disable-form button").click();
        browser.until(ExpectedConditions.textToBe(
                org.openqa.selenium.By.id("two-factor-state"), "Two-factor sign-in is off."));
        assertThat(signInByApi("700700702", "rahasia-123")).isNotBlank();
    }

    @Test
    void twoBrowsersInATaskRoomSeeEachOthersMessagesAndTyping() {
        try (Browser kakashi = Browser.open(1000, 760, "en")) {
            openRoom(browser, "100000001"); // Naruto, the owner
            openRoom(kakashi, "100000003");
            kakashi.until(ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("room-present"), "Naruto Uzumaki"));

            browser.find("#room-input").sendKeys("Halo dari Naruto");
            kakashi.until(
                    ExpectedConditions.textToBe(org.openqa.selenium.By.id("room-typing"), "Naruto Uzumaki is typing…"));
            browser.find("#room-input").sendKeys(org.openqa.selenium.Keys.ENTER);

            for (Browser each : java.util.List.of(browser, kakashi)) {
                each.until(ExpectedConditions.textToBePresentInElementLocated(
                        org.openqa.selenium.By.id("room-messages"), "Halo dari Naruto"));
            }
            kakashi.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("room-typing"), ""));
            assertThat(browser.find("#room-input").getAttribute("value")).isEmpty();

            kakashi.find("#room-input")
                    .sendKeys("<img src=x onerror=\"window.ran=1\">", org.openqa.selenium.Keys.ENTER);
            browser.until(ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("room-messages"), "<img src=x onerror=\"window.ran=1\">"));
            assertThat(browser.all("#room-messages img")).isEmpty();
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.ran"))
                    .isNull();
            browser.screenshot("room");

            String tooLong = "x".repeat(4001);
            ((org.openqa.selenium.JavascriptExecutor) kakashi.driver())
                    .executeScript("document.getElementById('room-input').value = arguments[0]", tooLong);
            kakashi.find("#room-input").sendKeys(org.openqa.selenium.Keys.ENTER);
            kakashi.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("notice")));
            assertThat(kakashi.find("#room-input").getAttribute("value")).hasSize(4001); // kept, to be shortened
            assertThat(browser.find("#room-messages").getText()).doesNotContain(tooLong);
        }
    }

    @Test
    void aRoomWhoseServerGoesAwaySaysSoAndCatchesUpOnceBackWithoutDuplicates() throws Exception {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> samePort = Map.of("GERBANG_PORT", Integer.toString(port));
        GerbangServer other = cluster.startNode();
        GerbangServer going = cluster.startNode(samePort);
        try {
            String url = "http://127.0.0.1:" + port + "/";
            openRoom(browser, url, "100000001");
            browser.find("#room-input").sendKeys("sebelum", org.openqa.selenium.Keys.ENTER);
            browser.until(ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("room-messages"), "sebelum"));

            going.close();
            browser.until(ExpectedConditions.textToBe(
                    org.openqa.selenium.By.id("room-status"), "Connection lost; reconnecting…"));
            String kakashi = "Bearer "
                    + new Http(other.port())
                            .login("100000003")
                            .data()
                            .path("access_token")
                            .asText();
            assertThat(new Http(other.port())
                            .post(
                                    "/api/v1/tasks/1/messages",
                                    Map.of("message", "selagi pergi"),
                                    "Authorization",
                                    kakashi)
                            .status())
                    .isEqualTo(201);
            going = cluster.startNode(samePort);

            browser.until(
                    ExpectedConditions.textToBe(org.openqa.selenium.By.id("room-status"), "Connected."),
                    java.time.Duration.ofSeconds(30));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("room-messages"), "selagi pergi"));
            java.util.List<String> texts = browser.all("#room-messages .text").stream()
                    .map(org.openqa.selenium.WebElement::getText)
                    .toList();
            assertThat(texts).containsOnlyOnce("sebelum", "selagi pergi");
            assertThat(texts.indexOf("sebelum")).isLessThan(texts.indexOf("selagi pergi"));
        } finally {
            going.close();
            other.close();
        }
    }

    @Test
    void onAPhoneSizedScreenNothingRunsOffTheSideAndTheKeyboardSignsIn() {
        try (Browser phone = Browser.open(390, 760, "id")) {
            phone.go(console + "console/");
            phone.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("sign-in-title"), "Masuk"));
            phone.type("#login", "100000003");
            phone.find("#password").sendKeys("password123", org.openqa.selenium.Keys.ENTER); // no mouse
            phone.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("profile-title"), "Profil saya"));
            for (String screen : java.util.List.of("#/profile", "#/tasks/1", "#/sessions")) {
                ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                        .executeScript("location.hash = arguments[0]", screen);
                phone.until(ExpectedConditions.invisibilityOfElementLocated(org.openqa.selenium.By.id("sign-in")));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).as(screen).isLessThanOrEqualTo(0);
            }
            phone.screenshot("phone-sessions");
        }
    }

    @Test
    void whatTheOwnerChangesReachesTheRoomAtOnce() {
        String naruto =
                "Bearer " + http.login("100000001").data().path("access_token").asText(); // the owner
        Map<String, Object> canComment = Map.of("user_id", 4, "can_comment", true);
        try {
            openRoom(browser, "100000003"); // Kakashi
            assertThat(browser.find("#room-form").isDisplayed()).isTrue();

            http.patch("/api/v1/tasks/1", "{\"title\":\"Peluncuran v2\"}", "Authorization", naruto);
            browser.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("room-title"), "Peluncuran v2"));

            assertThat(http.post(
                                    "/api/v1/tasks/1/members",
                                    Map.of("user_id", 4, "can_comment", false),
                                    "Authorization",
                                    naruto)
                            .status())
                    .isEqualTo(200);
            browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("room-read-only")));
            assertThat(browser.find("#room-form").isDisplayed()).isFalse();

            assertThat(http.delete("/api/v1/tasks/1/members/4", "Authorization", naruto)
                            .status())
                    .isEqualTo(200);
            browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("tasks")));
            assertThat(browser.find("#notice").getText()).isEqualTo("You are no longer a member of that task room.");
        } finally {
            // task 1 as the demo has it, for the other tests
            http.patch("/api/v1/tasks/1", "{\"title\":\"Peluncuran\"}", "Authorization", naruto);
            http.post("/api/v1/tasks/1/members", canComment, "Authorization", naruto);
        }
    }

    @Test
    void aMemberWhoMayOnlyReadIsToldWhyAndHasNothingToWriteIn() {
        openRoom(browser, "100000002"); // Sakura may not comment on task 1
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("room-read-only")));
        assertThat(browser.find("#room-read-only").getText()).contains("not let you comment");
        assertThat(browser.find("#room-form").isDisplayed()).isFalse();
    }

    @Test
    void theConsoleMayRunOnlyItsOwnScriptsAndNeverBeFramed() {
        Http.Answer page = http.get("/console/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "default-src 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).doesNotContain("<script>").contains("<script type=\"module\" src=\"app.js\">");
        Http.Answer root = http.get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("/console/");
    }

    /** Signs a demo person in in that browser and opens task 1's room, connected. */
    private void openRoom(Browser in, String identity) {
        openRoom(in, console, identity);
    }

    private void openRoom(Browser in, String server, String identity) {
        in.go(server + "console/");
        in.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("login")));
        in.type("#login", identity);
        in.type("#password", "password123");
        in.find("#sign-in-form button").click();
        in.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("profile")));
        in.find("#menu a[href='#/tasks']").click();
        in.until(ExpectedConditions.elementToBeClickable(
                        org.openqa.selenium.By.cssSelector("#task-list a[href='#/tasks/1']")))
                .click();
        in.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("room-status"), "Connected."));
    }

    /** A person of unit 2 made by Hasbi for one test, password rahasia-123. */
    private static void newPerson(String identity, String email) {
        String hasbi =
                "Bearer " + http.login("800000001").data().path("access_token").asText();
        assertThat(http.post(
                                "/api/v1/users",
                                Map.of(
                                        "user_identity",
                                        identity,
                                        "email",
                                        email,
                                        "name",
                                        "Orang " + identity,
                                        "password",
                                        "rahasia-123",
                                        "unit_id",
                                        2),
                                "Authorization",
                                hasbi)
                        .status())
                .isEqualTo(201);
    }

    /** An access token of a session opened through the API, as another device would. */
    private static String signInByApi(String identity, String password) {
        return http.post("/api/v1/auth/login", Map.of("user_identity", identity, "password", password))
                .data()
                .path("access_token")
                .asText();
    }

    /** A six-digit code that no step around {@code now} has. */
    private static String wrongCode(String secret, TotpStep now) {
        java.util.Set<String> accepted = new java.util.HashSet<>();
        for (long step = now.index() - 2; step <= now.index() + 3; step++) {
            accepted.add(OtpTotp.codeAt(secret, new TotpStep(step)));
        }
        int candidate = 0;
        while (accepted.contains(String.format("%06d", candidate))) {
            candidate++;
        }
        return String.format("%06d", candidate);
    }

    private void signIn(String login, String password) {
        browser.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("login")));
        browser.type("#login", login);
        browser.type("#password", password);
        browser.find("#sign-in-form button").click();
    }
}
