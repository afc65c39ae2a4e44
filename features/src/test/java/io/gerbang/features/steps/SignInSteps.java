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

/** The steps of the sign-in specs, played by the demo users over HTTP against two nodes. */
public class SignInSteps {

    private static final Map<String, String> IDENTITIES = Map.of(
            "Hasbi", "800000001", "Naruto", "100000001", "Sakura", "100000002", "Kakashi", "100000003",
            "Mitra", "900000001");
    private static final Map<String, String> TENANTS = Map.of("Mitra", "2");

    private RunningGerbang gerbang;
    private Http http;
    /** The last answer of the scenario, shared with the other step classes (scenarios run one at a time). */
    static Answer answer;
    private final Map<String, List<Answer>> logins = new HashMap<>();
    private final Map<String, String> presentedRefresh = new HashMap<>();
    private List<Answer> burst = List.of();
    private Instant lastRefreshAt;
    private int countedSessions;

    @Given("Gerbang is running with the demo data")
    public void gerbangIsRunning() {
        gerbang = RunningGerbang.get();
        http = gerbang.nodeA;
    }

    // ---- signing in

    @When("{word} logs in with identity {string} and password {string}")
    public void logsInWithIdentity(String who, String identity, String password) {
        answer = http.post("/api/v1/auth/login", Map.of("user_identity", identity, "password", password),
                tenantHeader(who));
        remember(who);
    }

    @When("{word} logs in with email {string} and password {string}")
    public void logsInWithEmail(String who, String email, String password) {
        answer = http.post("/api/v1/auth/login", Map.of("email", email, "password", password), tenantHeader(who));
        remember(who);
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
        answer = http.post("/api/v1/auth/login", Map.of("user_identity", identity, "password", password),
                "X-Tenant-ID", tenant);
    }

    @When("a client speaking {string} logs in with identity {string} and password {string}")
    public void speakingLogsIn(String language, String identity, String password) {
        answer = http.post("/api/v1/auth/login", Map.of("user_identity", identity, "password", password),
                "Accept-Language", language);
    }

    @Given("{word} has logged in")
    public void hasLoggedIn(String who) {
        // a demo person by name, or somebody a scenario registered, by identity
        logsInWithIdentity(who, IDENTITIES.getOrDefault(who, who), "password123");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Given("{word} has logged in twice")
    public void hasLoggedInTwice(String who) {
        hasLoggedIn(who);
        hasLoggedIn(who);
    }

    private String[] tenantHeader(String who) {
        String tenant = TENANTS.get(who);
        return tenant == null ? new String[0] : new String[] {"X-Tenant-ID", tenant};
    }

    private void remember(String who) {
        if (answer.status() == 200 && !"client".equals(who)) {
            logins.computeIfAbsent(who, name -> new ArrayList<>()).add(answer);
        }
    }

    private Answer latestLogin(String who) {
        List<Answer> all = logins.get(who);
        assertThat(all).as("%s has logged in", who).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private String access(String who) {
        return latestLogin(who).data().path("access_token").asText();
    }

    private String refreshToken(String who) {
        return latestLogin(who).data().path("refresh_token").asText();
    }

    private String bearer(String who) {
        return "Bearer " + access(who);
    }

    // ---- staying signed in

    @When("{word} asks for their profile")
    public void asksForProfile(String who) {
        answer = http.get("/api/v1/auth/me", "Authorization", bearer(who));
    }

    @When("{word} asks the other node for their profile")
    public void asksOtherNode(String who) {
        answer = gerbang.nodeB.get("/api/v1/auth/me", "Authorization", bearer(who));
    }

    @When("{word} asks for their profile naming tenant {string}")
    public void asksNamingTenant(String who, String tenant) {
        answer = http.get("/api/v1/auth/me", "Authorization", bearer(who), "X-Tenant-ID", tenant);
    }

    @When("{word} uses their first session to ask for their profile")
    public void firstSessionAsks(String who) {
        String first = logins.get(who).get(0).data().path("access_token").asText();
        answer = http.get("/api/v1/auth/me", "Authorization", "Bearer " + first);
    }

    @When("a client asks for the profile without a token")
    public void profileWithoutToken() {
        answer = http.get("/api/v1/auth/me");
    }

    @When("a client asks for the profile with the token {string}")
    public void profileWithToken(String token) {
        answer = http.get("/api/v1/auth/me", "Authorization", "Bearer " + token);
    }

    @When("{word} refreshes")
    public void refreshes(String who) {
        String token = refreshToken(who);
        presentedRefresh.put(who, token);
        answer = http.post("/api/v1/auth/refresh", Map.of("refresh_token", token));
        lastRefreshAt = Instant.now();
        if (answer.status() == 200) {
            logins.get(who).add(answer);
        }
    }

    @Given("{word} has refreshed")
    public void hasRefreshed(String who) {
        refreshes(who);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @When("{word} refreshes with the first refresh token again")
    public void refreshesWithFirst(String who) {
        String first = logins.get(who).get(0).data().path("refresh_token").asText();
        answer = http.post("/api/v1/auth/refresh", Map.of("refresh_token", first));
    }

    @When("the grace window has passed")
    public void graceWindowPassed() {
        Instant over = lastRefreshAt.plus(RunningGerbang.GRACE).plusMillis(200);
        await().atMost(RunningGerbang.GRACE.plusSeconds(2)).until(() -> Instant.now().isAfter(over));
    }

    @Then("the new refresh token differs from the one presented")
    public void newRefreshDiffers() {
        String presented = presentedRefresh.values().iterator().next();
        assertThat(answer.data().path("refresh_token").asText()).matches("[0-9a-f]{64}").isNotEqualTo(presented);
    }

    @When("{int} refreshes with {word}'s refresh token arrive at once, half on each node")
    public void refreshesAtOnce(int count, String who) throws Exception {
        String token = refreshToken(who.replace("'s", ""));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        List<CompletableFuture<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Http node = i % 2 == 0 ? gerbang.nodeA : gerbang.nodeB;
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return node.post("/api/v1/auth/refresh", Map.of("refresh_token", token));
            }, threads));
        }
        start.countDown();
        burst = futures.stream().map(CompletableFuture::join).toList();
        threads.shutdown();
    }

    @Then("every one of them is answered 200 with the same new pair")
    public void sameNewPair() {
        assertThat(burst).extracting(Answer::status).containsOnly(200);
        Set<String> pairs = burst.stream().map(one -> one.data().path("access_token").asText() + "/"
                + one.data().path("refresh_token").asText()).collect(Collectors.toSet());
        assertThat(pairs).hasSize(1);
    }

    @Then("{word} can refresh with that new pair")
    public void canRefreshWithNewPair(String who) {
        logins.get(who).add(burst.get(0));
        refreshes(who);
        assertThat(answer.status()).isEqualTo(200);
    }

    @Then("{word}'s access token says {string} is {string}")
    public void accessTokenSays(String who, String claim, String value) {
        String payload = access(who).split("\\.")[1];
        JsonNode claims = Json.read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        JsonNode node = claims.path(claim);
        assertThat(node.isTextual() ? node.asText() : node.toString()).isEqualTo(value);
    }

    @Then("the refresh token in the answer is 64 hex digits")
    public void refreshTokenIsHex() {
        assertThat(answer.data().path("refresh_token").asText()).matches("[0-9a-f]{64}");
    }

    @Then("the answer never shows a password hash")
    public void noPasswordHash() {
        assertThat(answer.body()).doesNotContain("$2a$", "$2b$", "password_hash", "password");
    }

    // ---- signing out

    @When("{word} logs out with the refresh token")
    public void logsOutWithRefresh(String who) {
        answer = http.post("/api/v1/auth/logout", Map.of("refresh_token", refreshToken(who)));
    }

    @When("{word} logs out with the access token in the body")
    public void logsOutWithAccess(String who) {
        answer = http.post("/api/v1/auth/logout", Map.of("token", access(who)));
    }

    @When("{word} logs out with the bearer token alone")
    public void logsOutWithBearer(String who) {
        answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()), "Authorization", bearer(who));
    }

    @When("{word} logs out every session of user {long}")
    public void logsOutEverySession(String who, long user) {
        answer = http.post("/api/v1/auth/logout", Map.of("user_id", user), "Authorization", bearer(who));
    }

    // ---- sessions

    @When("{word} lists their sessions")
    public void listsSessions(String who) {
        answer = http.get("/api/v1/auth/sessions", "Authorization", bearer(who));
    }

    @Then("the list holds {word}'s {int} sessions, exactly one of them current")
    public void listHolds(String who, int count) {
        String owner = who.replace("'s", "");
        List<String> listed = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (JsonNode session : answer.data()) {
            listed.add(session.path("session_id").asText());
            if (session.path("current").asBoolean()) {
                current.add(session.path("session_id").asText());
            }
        }
        // earlier scenarios may have left sessions of the same person; this one's must all be there
        List<String> opened = logins.get(owner).stream().map(SignInSteps::sessionIdOf).toList();
        assertThat(opened).hasSize(count);
        assertThat(listed).containsAll(opened);
        assertThat(current).containsExactly(sessionIdOf(latestLogin(owner)));
    }

    @When("{word} ends their first session from the second")
    public void endsFirstSession(String who) {
        String firstSession = sessionIdOf(logins.get(who).get(0));
        answer = http.delete("/api/v1/auth/sessions/" + firstSession, "Authorization", bearer(who));
    }

    @When("{word} tries to end {word}'s session")
    public void triesToEnd(String who, String owner) {
        String session = sessionIdOf(latestLogin(owner.replace("'s", "")));
        answer = http.delete("/api/v1/auth/sessions/" + session, "Authorization", bearer(who));
    }

    private static String sessionIdOf(Answer login) {
        String payload = login.data().path("access_token").asText().split("\\.")[1];
        return Json.read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .path("sid").asText();
    }

    @When("{word} checks the tokens of user {long}")
    public void checksTokens(String who, long user) {
        answer = http.get("/api/v1/auth/check-tokens?user_id=" + user, "Authorization", bearer(who));
    }

    @When("{word} counts the sessions of user {long}")
    public void countsSessions(String who, long user) {
        answer = http.get("/api/v1/auth/session-count?user_id=" + user, "Authorization", bearer(who));
    }

    @Then("the answer lists at least {int} access token and {int} refresh token for {word}")
    public void listsTokens(int access, int refresh, String who) {
        assertThat(answer.data().path("access_tokens").size()).isGreaterThanOrEqualTo(access);
        assertThat(answer.data().path("refresh_tokens").size()).isGreaterThanOrEqualTo(refresh);
        assertThat(answer.data().path("refresh_tokens").get(0).path("family_id").asText()).matches("[0-9a-f]{32}");
    }

    @Then("the answer does not contain {word}'s tokens")
    public void doesNotContainTokens(String who) {
        String owner = who.replace("'s", "");
        assertThat(answer.body()).doesNotContain(access(owner), refreshToken(owner));
    }

    @When("{word} cleans up expired sessions")
    public void cleansUp(String who) {
        answer = http.post("/api/v1/auth/cleanup-expired", "", "Authorization", bearer(who));
    }

    @When("{word} changes the password from {string} to {string}")
    public void changesPassword(String who, String current, String next) {
        answer = http.post("/api/v1/auth/password", Map.of("current_password", current, "new_password", next),
                "Authorization", bearer(who));
    }

    @Given("{word}'s sessions are counted")
    public void sessionsAreCounted(String who) {
        hasLoggedIn("Naruto");
        countedSessions = http.get("/api/v1/auth/session-count", "Authorization", bearer("Naruto"))
                .data().path("total_sessions").asInt();
    }

    @Then("{word} has as many sessions as before")
    public void asManySessions(String who) {
        assertThat(http.get("/api/v1/auth/session-count", "Authorization", bearer("Naruto"))
                .data().path("total_sessions").asInt()).isEqualTo(countedSessions);
    }

    // ---- users

    @When("{word} lists the users")
    public void listsUsers(String who) {
        answer = http.get("/api/v1/users", asCaller(who));
    }

    @When("{word} lists the users {int} at a time")
    public void listsUsersPaged(String who, int limit) {
        answer = http.get("/api/v1/users?limit=" + limit, "Authorization", bearer(who));
    }

    @When("{word} lists the users with {string}")
    public void listsUsersWith(String who, String query) {
        answer = http.get("/api/v1/users?" + query, "Authorization", bearer(who));
    }

    @When("{word} follows the next cursor")
    public void followsNext(String who) {
        follow(who, "next_cursor");
    }

    @When("{word} follows the previous cursor")
    public void followsPrevious(String who) {
        follow(who, "prev_cursor");
    }

    private void follow(String who, String which) {
        String cursor = answer.json().path("meta").path("pagination").path(which).asText();
        assertThat(cursor).isNotBlank();
        String limit = answer.json().path("meta").path("pagination").path("limit").asText();
        answer = http.get("/api/v1/users?limit=" + limit + "&cursor=" + cursor, "Authorization", bearer(who));
    }

    @When("{word} asks for user {long}")
    public void asksForUser(String who, long user) {
        answer = http.get("/api/v1/users/" + user, asCaller(who));
    }

    @Then("the listed users are {string}")
    public void listedUsersAre(String identities) {
        assertThat(listedIdentities()).containsExactly(identities.split(",\\s*"));
    }

    @Then("the listed users include {string}")
    public void listedUsersInclude(String identities) {
        assertThat(listedIdentities()).contains(identities.split(",\\s*"));
    }

    @Then("the listed users do not include {string}")
    public void listedUsersDoNotInclude(String identities) {
        assertThat(listedIdentities()).doesNotContain(identities.split(",\\s*"));
    }

    @Then("the listed users are all of unit {long}")
    public void allOfUnit(long unit) {
        assertThat(answer.data()).isNotEmpty().allSatisfy(user -> assertThat(user.path("unit_id").asLong())
                .as(user.toString()).isEqualTo(unit));
    }

    @Then("the listed users are all of tenant {int}")
    public void allOfTenant(int tenant) {
        assertThat(listedIdentities()).doesNotContain("900000001", "700000001");
    }

    @Then("the page says has_next {string} and has_prev {string}")
    public void pageSays(String hasNext, String hasPrev) {
        JsonNode page = answer.json().path("meta").path("pagination");
        assertThat(page.path("has_next").asText()).isEqualTo(hasNext);
        assertThat(page.path("has_prev").asText()).isEqualTo(hasPrev);
    }

    private List<String> listedIdentities() {
        List<String> identities = new ArrayList<>();
        answer.data().forEach(user -> identities.add(user.path("user_identity").asText()));
        return identities;
    }

    /** The caller's bearer token, and the tenant header of those who sign in to another tenant. */
    private String[] asCaller(String who) {
        String tenant = TENANTS.get(who);
        return tenant == null ? new String[] {"Authorization", bearer(who)}
                : new String[] {"Authorization", bearer(who), "X-Tenant-ID", tenant};
    }

    // ---- changing users

    private final Map<String, Long> registered = new HashMap<>();

    @When("{word} registers {string} named {string} with email {string} in unit {int}")
    public void registers(String who, String identity, String name, String email, int unit) {
        answer = http.post("/api/v1/users", Map.of("user_identity", identity, "name", name, "email", email,
                "password", "password123", "unit_id", unit), asCaller(who));
        if (answer.status() == 201) {
            registered.put(identity, answer.data().path("id").asLong());
        }
    }

    @Given("{word} has registered {string} in unit {int}")
    public void hasRegistered(String who, String identity, int unit) {
        registers(who, identity, "Orang " + identity, identity + "@new.example", unit);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @When("{word} moves {string} to unit {int}")
    public void moves(String who, String identity, int unit) {
        changes(who, identity, "{\"unit_id\": " + unit + "}");
    }

    @When("{word} deactivates {string}")
    public void deactivates(String who, String identity) {
        changes(who, identity, "{\"is_active\": false}");
    }

    @When("{word} sets the password of {string} to {string}")
    public void setsPassword(String who, String identity, String password) {
        changes(who, identity, "{\"password\": \"" + password + "\"}");
    }

    private void changes(String who, String identity, String patch) {
        assertThat(registered).containsKey(identity);
        answer = http.patch("/api/v1/users/" + registered.get(identity), patch, asCaller(who));
    }

    @When("{word} changes user {long} with:")
    public void changesUser(String who, long user, String patch) {
        answer = http.patch("/api/v1/users/" + user, patch, asCaller(who));
    }

    // ---- roles

    @When("{word} lists the roles")
    public void listsRoles(String who) {
        answer = http.get("/api/v1/roles", asCaller(who));
    }

    @When("{word} defines the role {string} with permissions {string}")
    public void definesRole(String who, String name, String permissions) {
        answer = http.post("/api/v1/roles", Map.of("name", name, "description", "made by a spec",
                "permissions", List.of(permissions.split(",\\s*"))), asCaller(who));
    }

    @Then("the listed roles include {string}")
    public void listedRolesInclude(String names) {
        assertThat(roleNames()).contains(names.split(",\\s*"));
    }

    @Then("the listed roles are {string}")
    public void listedRolesAre(String names) {
        assertThat(roleNames()).containsExactly(names.split(",\\s*"));
    }

    @Then("the role {string} has permissions {string}")
    public void roleHasPermissions(String name, String permissions) {
        List<String> held = new ArrayList<>();
        for (JsonNode role : answer.data()) {
            if (role.path("name").asText().equals(name)) {
                role.path("permissions").forEach(permission -> held.add(permission.asText()));
            }
        }
        assertThat(held).containsExactly(permissions.split(",\\s*"));
    }

    private List<String> roleNames() {
        List<String> names = new ArrayList<>();
        answer.data().forEach(role -> names.add(role.path("name").asText()));
        return names;
    }

    // ---- role assignments

    private static final Map<String, Long> DEMO_IDS = Map.of("Hasbi", 1L, "Naruto", 2L, "Sakura", 3L, "Kakashi", 4L,
            "Mitra", 6L);
    private final Map<String, Long> lastAssignment = new HashMap<>();

    @When("{word} gives {word} the role {string} at {word} {long}")
    public void givesRole(String who, String whom, String role, String level, long node) {
        Map<String, Object> body = new HashMap<>(Map.of("role_id", roleId(role), "assignment_level", level));
        body.put(level + "_id", node);
        answer = http.post("/api/v1/users/" + userId(whom) + "/role-assignments", body, asCaller(who));
        if (answer.status() == 201) {
            lastAssignment.put(whom, answer.data().path("assignment_id").asLong());
        }
    }

    @Given("{word} has given {word} the role {string} at {word} {long}")
    public void hasGivenRole(String who, String whom, String role, String level, long node) {
        givesRole(who, whom, role, level, node);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @When("{word} gives user {long} a role with:")
    public void givesRoleWith(String who, long user, String body) {
        answer = http.post("/api/v1/users/" + user + "/role-assignments", body, asCaller(who));
    }

    @When("{word} takes back the role {word} was given last")
    public void takesBackLast(String who, String whom) {
        assertThat(lastAssignment).containsKey(whom);
        answer = http.delete("/api/v1/users/" + userId(whom) + "/role-assignments/" + lastAssignment.get(whom),
                asCaller(who));
    }

    @When("{word} takes back assignment {long} of user {long}")
    public void takesBackAssignment(String who, long assignment, long user) {
        answer = http.delete("/api/v1/users/" + user + "/role-assignments/" + assignment, asCaller(who));
    }

    @Given("{word} has defined the role {string} with permissions {string}")
    public void hasDefinedRole(String who, String name, String permissions) {
        definesRole(who, name, permissions);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @When("{word} takes back {word}'s role {string}")
    public void takesBackRole(String who, String whom, String role) {
        long assignment = -1;
        for (JsonNode held : asHasbi("/api/v1/users/" + userId(whom)).path("role_assignments")) {
            if (held.path("role_name").asText().equals(role)) {
                assignment = held.path("assignment_id").asLong();
            }
        }
        assertThat(assignment).as("%s holds %s", whom, role).isPositive();
        answer = http.delete("/api/v1/users/" + userId(whom) + "/role-assignments/" + assignment, asCaller(who));
    }

    private long userId(String who) {
        Long id = registered.containsKey(who) ? registered.get(who) : DEMO_IDS.get(who);
        assertThat(id).as("the id of %s", who).isNotNull();
        return id;
    }

    /** The id of one of tenant 1's roles, as its console admin sees them. */
    private long roleId(String name) {
        for (JsonNode role : asHasbi("/api/v1/roles")) {
            if (role.path("name").asText().equals(name)) {
                return role.path("id").asLong();
            }
        }
        return 999_999;
    }

    private JsonNode asHasbi(String path) {
        Answer login = http.post("/api/v1/auth/login", Map.of("user_identity", IDENTITIES.get("Hasbi"),
                "password", "password123"));
        Answer read = http.get(path, "Authorization", "Bearer " + login.data().path("access_token").asText());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.data();
    }

    // ---- raw HTTP

    @When("a client sends {word} {string}")
    public void sends(String method, String path) {
        answer = http.send(HttpRequest.newBuilder(URI.create(base() + path)).method(method,
                HttpRequest.BodyPublishers.noBody()));
    }

    @When("a client sends POST {string} with body:")
    public void sendsWithBody(String path, String body) {
        answer = http.post(path, body);
    }

    @When("a client speaking {string} sends POST {string} with body:")
    public void speakingSends(String language, String path, String body) {
        answer = http.post(path, body, "Accept-Language", language);
    }

    @When("a client sends GET {string} with request id {string}")
    public void sendsWithRequestId(String path, String requestId) {
        answer = http.get(path, "X-Request-ID", requestId);
    }

    @When("a client from origin {string} sends GET {string}")
    public void fromOrigin(String origin, String path) {
        answer = http.get(path, "Origin", origin);
    }

    @When("a browser from origin {string} asks before POST {string}")
    public void preflight(String origin, String path) {
        answer = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                "Origin", origin, "Access-Control-Request-Method", "POST");
    }

    /** Bodies a careless or hostile client sends to the login endpoint, by the name the specs use. */
    private static final Map<String, String> BAD_BODIES = Map.ofEntries(
            Map.entry("not JSON", "{\"user_identity\": "),
            Map.entry("empty", ""),
            Map.entry("a JSON array", "[\"800000001\", \"password123\"]"),
            Map.entry("a password that is a number", "{\"user_identity\": \"100000001\", \"password\": 123456}"),
            Map.entry("no password", "{\"user_identity\": \"100000001\"}"),
            Map.entry("neither identity nor email", "{\"password\": \"password123\"}"),
            // under a field the reader would skip, so only the depth limit can refuse it
            Map.entry("objects nested 2000 deep", "{\"user_identity\": \"100000001\", \"password\": \"password123\", "
                    + "\"x\": " + "{\"x\": ".repeat(1999) + "1" + "}".repeat(2000) + "}"),
            Map.entry("2 MB long", "{\"user_identity\": \"100000001\", \"password\": \"" + "x".repeat(2_000_000) + "\"}"),
            Map.entry("an identity with a NUL byte",
                    "{\"user_identity\": \"100000001\\u0000\", \"password\": \"password123\"}"),
            Map.entry("a malformed email", "{\"email\": \"not-an-email\", \"password\": \"password123\"}"));

    @When("a client sends a body that is {string} to {string}")
    public void sendsBadBody(String name, String path) {
        assertThat(BAD_BODIES).containsKey(name);
        answer = http.post(path, BAD_BODIES.get(name));
    }

    @When("a client sends the right JSON as text\\/plain to {string}")
    public void textPlain(String path) {
        answer = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_identity\": \"100000001\", \"password\": \"password123\"}")));
    }

    private String base() {
        return http.base();
    }

    // ---- what answers say

    @Then("the answer is {int}")
    public void answerIs(int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertEnvelope();
    }

    @Then("the answer is {int} with code {string}")
    public void answerIsWithCode(int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        JsonNode json = answer.json();
        assertThat(json.path("success").asBoolean()).isFalse();
        assertThat(json.path("data").isNull()).isTrue();
        assertThat(json.path("error").asText()).isNotBlank();
        assertEnvelope();
    }

    private void assertEnvelope() {
        if (answer.status() == 204) {
            return;
        }
        JsonNode json = answer.json();
        assertThat(json.has("success")).isTrue();
        assertThat(json.path("meta").path("request_id").asText()).isEqualTo(answer.header("X-Request-ID"));
        assertThat(json.path("meta").path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Then("the answer says {string} is {string}")
    public void answerSays(String path, String value) {
        assertThat(at(answer.json(), path).asText()).isEqualTo(value);
    }

    @Then("the answer's {string} is {string}")
    public void answersField(String field, String value) {
        assertThat(answer.json().path(field).asText()).isEqualTo(value);
    }

    @Then("the answer's data has {string} = {string}")
    public void dataHas(String path, String value) {
        assertThat(at(answer.data(), path).asText()).as(answer.body()).isEqualTo(value);
    }

    @Then("the answer's data lists {string} with {string}")
    public void dataLists(String path, String value) {
        List<String> values = new ArrayList<>();
        at(answer.data(), path).forEach(node -> values.add(node.asText()));
        assertThat(values).contains(value);
    }

    @Then("the answer has an error for field {string}")
    public void errorForField(String field) {
        assertThat(answer.json().path("errors").path(field).size()).isGreaterThan(0);
    }

    @Then("the answer has header {string} = {string}")
    public void hasHeader(String name, String value) {
        assertThat(answer.header(name)).isEqualTo(value);
    }

    @Then("the answer has no header {string}")
    public void hasNoHeader(String name) {
        assertThat(answer.header(name)).isNull();
    }

    @Then("the answer's header {string} is a new id")
    public void headerIsNewId(String name) {
        assertThat(answer.header(name)).matches("[0-9a-f-]{36}");
    }

    // ---- odd requests: the edges of HTTP, by the shape the specs name

    @When("a client sends GET {string} with an Authorization of {int} characters")
    public void sendsLongAuthorization(String path, int length) {
        answer = http.get(path, "Authorization", "Bearer " + "a".repeat(length));
    }

    @When("a client sends GET {string} with headers of {int} characters")
    public void sendsLongHeaders(String path, int length) {
        // five headers the JDK client lets us set, together past what the server reads at all (64 KiB)
        String chunk = "b".repeat(length / 5);
        answer = http.get(path, "X-Pad-1", chunk, "X-Pad-2", chunk, "X-Pad-3", chunk, "X-Pad-4", chunk,
                "X-Pad-5", chunk);
    }

    @When("a client sends {word} {string} with a body")
    public void sendsWithABody(String method, String path) {
        answer = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));
    }

    @When("a client sends GET {string} with a cursor of {int} characters")
    public void sendsLongCursor(String path, int length) {
        answer = http.get(path + "?cursor=" + "c".repeat(length));
    }

    @When("a client sends GET {string} with a path of {int} more characters")
    public void sendsLongPath(String path, int length) {
        answer = http.get(path + "p".repeat(length));
    }

    @When("a client sends POST {string} with a {string} of {int} characters")
    public void sendsLongField(String path, String field, int length) {
        answer = http.post(path, Map.of(field, "t".repeat(length)));
    }

    @Then("the answer carries a request id and no stack trace")
    public void carriesRequestId() {
        assertThat(answer.headers().get("x-request-id")).as("X-Request-ID").isNotEmpty();
        assertThat(answer.json().path("success").asBoolean(true)).isFalse();
        assertThat(answer.json().path("meta").path("request_id").asText())
                .isEqualTo(answer.headers().get("x-request-id").get(0));
        noStackTrace();
    }

    @Then("{word}'s profile name is still {string}")
    public void profileNameStill(String who, String name) {
        assertThat(http.get("/api/v1/auth/me", "Authorization", bearer(who)).data().path("name").asText())
                .isEqualTo(name);
    }

    @When("{word} lists the users with his token re-signed for tenant {long}")
    public void listsUsersWithOtherTenant(String who, long tenant) {
        answer = http.get("/api/v1/users", "Authorization", "Bearer " + resigned(access(who), "tid", tenant),
                "X-Tenant-ID", String.valueOf(tenant));
    }

    @When("{word} lists the users with his token re-signed as issued an hour from now")
    public void listsUsersIssuedLater(String who) {
        answer = http.get("/api/v1/users", "Authorization",
                "Bearer " + resigned(access(who), "iat", java.time.Instant.now().plusSeconds(3600).getEpochSecond()));
    }

    @When("{word} lists the users with his token re-signed as issued {int} seconds from now")
    public void listsUsersIssuedSoon(String who, int seconds) {
        answer = http.get("/api/v1/users", "Authorization",
                "Bearer " + resigned(access(who), "iat", java.time.Instant.now().plusSeconds(seconds).getEpochSecond()));
    }

    /** The token with one claim changed and signed again with the nodes' secret: what a holder of it could do. */
    private static String resigned(String token, String claim, long value) {
        try {
            String[] parts = token.split("\\.");
            com.fasterxml.jackson.databind.node.ObjectNode payload = (com.fasterxml.jackson.databind.node.ObjectNode)
                    Json.MAPPER.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
            payload.put(claim, value);
            java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
            String signed = parts[0] + "." + base64.encodeToString(Json.MAPPER.writeValueAsBytes(payload));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(
                    io.gerbang.bootstrap.testing.TestGerbang.SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return signed + "." + base64.encodeToString(
                    mac.doFinal(signed.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Then("the answer carries no stack trace nor SQL")
    public void noStackTrace() {
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "SQL", "select ", "jdbc");
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = part.matches("\\d+") ? current.path(Integer.parseInt(part)) : current.path(part);
        }
        return current;
    }
}
