package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The task chat's steps: demo people with JDK WebSocket clients on the two nodes. */
public class ChatSteps {

    private final Map<String, String> identities = new HashMap<>(Map.of(
            "Hasbi",
            "800000001",
            "Naruto",
            "100000001",
            "Sakura",
            "100000002",
            "Kakashi",
            "100000003",
            "Mitra",
            "900000001"));
    private final Map<String, Long> ids =
            new HashMap<>(Map.of("Hasbi", 1L, "Naruto", 2L, "Sakura", 3L, "Kakashi", 4L, "Mitra", 6L));
    private static int colleagues;

    private final Map<String, ChatClient> clients = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private int refs;
    private long newTask;
    private long loggedOutAt;

    @After
    public void hangUp() {
        clients.values().forEach(ChatClient::close);
    }

    private static RunningGerbang gerbang() {
        return RunningGerbang.get();
    }

    private String[] tenantOf(String who) {
        return "Mitra".equals(who) ? new String[] {"X-Tenant-ID", "2"} : new String[0];
    }

    private String token(String who) {
        return tokens.computeIfAbsent(who, person -> {
            Answer login = gerbang()
                    .nodeA
                    .post(
                            "/api/v1/auth/login",
                            Map.of("user_identity", identities.get(person), "password", "password123"),
                            tenantOf(person));
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            return login.data().path("access_token").asText();
        });
    }

    private String[] asCaller(String who) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token(who)));
        headers.addAll(List.of(tenantOf(who)));
        return headers.toArray(String[]::new);
    }

    private ChatClient client(String who) {
        assertThat(clients).as("%s has a socket", who).containsKey(who);
        return clients.get(who);
    }

    // ---- connecting

    @Given("{word} is connected")
    public void connected(String who) {
        connectedTo(who, "A");
    }

    @Given("{word} is connected to node {word}")
    public void connectedTo(String who, String node) {
        Http http = "B".equals(node) ? gerbang().nodeB : gerbang().nodeA;
        ChatClient client = ChatClient.open(http.base(), List.of(), "Authorization", "Bearer " + token(who));
        clients.put(who, client);
        // connected means signed in: the server proves the header's token after the upgrade, before any frame, so
        // the answer to a ping says it has (a logout right after the upgrade could otherwise beat the proof)
        client.send("{\"type\":\"ping\",\"ref\":990001}");
        assertThat(client.next(frame -> "pong".equals(frame.path("type").asText())
                        && frame.path("ref").asLong() == 990001))
                .as("%s's socket answers once signed in", who)
                .isNotNull();
    }

    @When("{word} connects with the bearer subprotocol")
    public void connectsWithSubprotocol(String who) {
        clients.put(who, ChatClient.open(gerbang().nodeA.base(), List.of("bearer", token(who))));
    }

    @When("{word} connects without a token")
    public void connectsWithoutToken(String who) {
        clients.put(who, ChatClient.open(gerbang().nodeA.base(), List.of()));
    }

    @When("{word} authenticates with an auth frame")
    public void authenticatesWithFrame(String who) {
        client(who).send("{\"type\":\"auth\",\"token\":\"" + token(who) + "\",\"ref\":\"auth\"}");
        assertThat(client(who).next("ack").path("ref").asText()).isEqualTo("auth");
    }

    @When("{word} connects with the token {string}")
    public void connectsWithToken(String who, String token) {
        clients.put(who, ChatClient.open(gerbang().nodeA.base(), List.of(), "Authorization", "Bearer " + token));
    }

    @When("{word} connects from origin {string}")
    public void connectsFromOrigin(String who, String origin) {
        clients.put(
                who,
                ChatClient.open(
                        gerbang().nodeA.base(), List.of(), "Authorization", "Bearer " + token(who), "Origin", origin));
    }

    /** The ids of the messages heard so far, by their text. */
    private final Map<String, Long> messageIds = new HashMap<>();

    // ---- frames

    @When("{word} joins task {long}")
    public void joins(String who, long task) {
        client(who).send("{\"type\":\"join_task\",\"task_id\":" + task + ",\"ref\":" + (++refs) + "}");
    }

    @When("{word} joins the new task")
    public void joinsNewTask(String who) {
        joins(who, newTask);
        client(who).next("presence");
    }

    @When("{word} joins task {long} since the message {string}")
    public void joinsSince(String who, long task, String text) {
        assertThat(messageIds).as("the id of %s, heard before", text).containsKey(text);
        client(who)
                .send("{\"type\":\"join_task\",\"task_id\":" + task + ",\"since\":" + messageIds.get(text) + ",\"ref\":"
                        + (++refs) + "}");
    }

    @Then("{word} hears the messages {string} in that order, each once")
    public void hearsInOrderOnce(String who, String texts) {
        List<String> expected = List.of(texts.split(", "));
        List<String> heard = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            heard.add(client(who)
                    .next("new_message")
                    .path("message")
                    .path("message")
                    .asText());
        }
        assertThat(heard).containsExactlyElementsOf(expected);
        // a ping answered after all of them: no message came a second time before it
        client(who).send("{\"type\":\"ping\",\"ref\":" + (++refs) + "}");
        client(who).next("pong");
        assertThat(client(who).unread("new_message")).isEmpty();
    }

    @When("{word} leaves task {long}")
    public void leaves(String who, long task) {
        client(who).send("{\"type\":\"leave_task\",\"task_id\":" + task + "}");
    }

    @When("{word} sends {string} to task {long}")
    public void sendsMessage(String who, String text, long task) {
        client(who)
                .send("{\"type\":\"send_message\",\"task_id\":" + task + ",\"message\":\"" + text + "\",\"ref\":"
                        + (++refs) + "}");
    }

    @When("{word} sends {string} to the new task")
    public void sendsToNewTask(String who, String text) {
        sendsMessage(who, text, newTask);
    }

    @When("{word} starts typing in task {long}")
    public void startsTyping(String who, long task) {
        client(who).send("{\"type\":\"typing_start\",\"task_id\":" + task + "}");
    }

    @When("{word} sends the frame {string}")
    public void sendsFrame(String who, String frame) {
        client(who).send(frame);
    }

    @When("{word} sends a frame of {int} KiB")
    public void sendsHugeFrame(String who, int kib) {
        try {
            client(who).send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(kib * 1024) + "\"}");
        } catch (RuntimeException closedWhileSending) {
            // the server may close before the last byte is out; what matters is how it closed
        }
    }

    @When("{word} sends {int} pings at once")
    public void floods(String who, int count) {
        for (int i = 0; i < count && client(who).isOpen(); i++) {
            try {
                client(who).send("{\"type\":\"ping\"}");
            } catch (RuntimeException closedMeanwhile) {
                break;
            }
        }
    }

    // ---- what they hear

    @Then("{word} is told who is present in task {long}")
    public void toldPresence(String who, long task) {
        JsonNode presence = client(who).next("presence");
        assertThat(presence.path("task_id").asLong()).isEqualTo(task);
        List<Long> present = new ArrayList<>();
        presence.path("users").forEach(user -> present.add(user.path("user_id").asLong()));
        assertThat(present).contains(ids.get(who));
    }

    @Then("{word} hears {string} from {word}")
    public void hearsFrom(String who, String type, String from) {
        JsonNode frame = client(who)
                .next(heard -> type.equals(heard.path("type").asText())
                        && heard.path("user_id").asLong() == ids.get(from));
        assertThat(frame.path("user_name").asText()).isNotBlank();
    }

    @Then("{word} hears {string} about {word}")
    public void hearsAbout(String who, String type, String about) {
        JsonNode frame = client(who)
                .next(heard -> type.equals(heard.path("type").asText())
                        && heard.path("user_id").asLong() == ids.get(about));
        assertThat(frame.path("task_id").asLong()).isPositive();
    }

    @Then("{word} hears the message {string}")
    public void hearsMessage(String who, String text) {
        JsonNode frame = client(who)
                .next(heard -> "new_message".equals(heard.path("type").asText())
                        && text.equals(heard.path("message").path("message").asText()));
        assertThat(frame.path("message").path("id").asLong()).isPositive();
        assertThat(frame.path("message").path("created_at").asText()).isNotBlank();
        messageIds.put(text, frame.path("message").path("id").asLong());
    }

    @Then("{word} hears the message {string} with the attachments {string}")
    public void hearsMessageWithAttachments(String who, String text, String attachments) {
        JsonNode frame = client(who)
                .next(heard -> "new_message".equals(heard.path("type").asText())
                        && text.equals(heard.path("message").path("message").asText()));
        assertThat(frame.path("message").path("attachments")).isEqualTo(Json.read(attachments));
    }

    @Then("{word}'s message is acknowledged")
    public void acknowledged(String who) {
        assertThat(client(who)
                        .next(frame -> "ack".equals(frame.path("type").asText()) && frame.has("message_id"))
                        .path("message_id")
                        .asLong())
                .isPositive();
    }

    @Then("{word} gets an error {string}")
    public void getsError(String who, String code) {
        JsonNode error = client(who).next("error");
        assertThat(error.path("code").asText()).as(error.toString()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
    }

    @Then("{word}'s socket is closed with {int}")
    public void closedWith(String who, int code) {
        assertThat(client(who).closeCode()).isEqualTo(code);
    }

    @Then("{word}'s socket is closed for flooding")
    public void closedForFlooding(String who) {
        // 4429, unless the client was still writing when the server closed: then the TCP reset can beat the
        // close frame (-1). AbuseTest sends its flood in one write and sees 4429 every time.
        assertThat(client(who).closeCode()).isIn(4429, -1);
    }

    @Then("{word}'s socket is closed as too big")
    public void closedAsTooBig(String who) {
        // -1: the connection was cut under a client still writing; the close frame could not be read
        assertThat(client(who).closeCode()).isIn(1009, -1);
    }

    @Then("{word}'s socket closed with 4409 within {int} seconds of the logout")
    public void closedSoonAfterLogout(String who, int seconds) {
        assertThat(client(who).closeCode()).isEqualTo(4409);
        assertThat(System.nanoTime() - loggedOutAt).isLessThan(seconds * 1_000_000_000L);
    }

    @Then("{word} is still connected")
    public void stillConnected(String who) {
        client(who).send("{\"type\":\"ping\",\"ref\":\"still\"}");
        assertThat(client(who)
                        .next(frame -> "pong".equals(frame.path("type").asText())
                                && "still".equals(frame.path("ref").asText())))
                .isNotNull();
    }

    // ---- REST around the chat

    private Answer call;

    @Given("{word} is a new colleague in unit {int}")
    public void newColleague(String who, int unit) {
        String identity = "4" + String.format("%08d", ++colleagues) + (System.nanoTime() % 1000);
        Answer registered = gerbang()
                .nodeA
                .post(
                        "/api/v1/users",
                        Map.of(
                                "user_identity",
                                identity,
                                "name",
                                who,
                                "email",
                                identity + "@chat.example",
                                "password",
                                "password123",
                                "unit_id",
                                unit),
                        asCaller("Hasbi"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        identities.put(who, identity);
        ids.put(who, registered.data().path("id").asLong());
    }

    @When("Hasbi deactivates the colleague {word}")
    public void deactivates(String who) {
        Answer changed =
                gerbang().nodeB.patch("/api/v1/users/" + ids.get(who), "{\"is_active\": false}", asCaller("Hasbi"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private String path(String path) {
        return path.replace("{new task}", String.valueOf(newTask));
    }

    @When("{word} calls {word} {string}")
    public void calls(String who, String method, String path) {
        call = switch (method) {
            case "GET" -> gerbang().nodeA.get(path(path), asCaller(who));
            case "DELETE" -> gerbang().nodeA.delete(path(path), asCaller(who));
            default -> throw new IllegalArgumentException(method);
        };
    }

    @When("{word} calls {word} {string} with:")
    public void callsWith(String who, String method, String path, String body) {
        call = switch (method) {
            case "POST" -> gerbang().nodeA.post(path(path), body, asCaller(who));
            case "PATCH" -> gerbang().nodeA.patch(path(path), body, asCaller(who));
            default -> throw new IllegalArgumentException(method);
        };
    }

    @Then("the call answers {int}")
    public void callAnswers(int status) {
        assertThat(call.status()).as(call.body()).isEqualTo(status);
    }

    @Then("the call answers {int} with code {string}")
    public void callAnswersWithCode(int status, String code) {
        assertThat(call.status()).as(call.body()).isEqualTo(status);
        assertThat(call.json().path("code").asText()).isEqualTo(code);
    }

    @Then("the call's error names the field {string}")
    public void callNamesField(String field) {
        assertThat(call.json().path("errors").has(field)).as(call.body()).isTrue();
    }

    @Then("the call lists {string} in order: {string}")
    public void callListsInOrder(String field, String values) {
        List<String> listed = new ArrayList<>();
        call.data().forEach(item -> listed.add(item.path(field).asText()));
        assertThat(listed).containsExactly(values.split(",\\s*"));
    }

    @Then("the call lists {string} including {string}")
    public void callListsIncluding(String field, String values) {
        List<String> listed = new ArrayList<>();
        call.data().forEach(item -> listed.add(item.path(field).asText()));
        assertThat(listed).contains(values.split(",\\s*"));
    }

    @Then("the call lists nothing")
    public void callListsNothing() {
        assertThat(call.data()).as(call.body()).isEmpty();
    }

    @When("{word} follows the call's next cursor on {string}")
    public void followsNext(String who, String path) {
        String cursor =
                call.json().path("meta").path("pagination").path("next_cursor").asText();
        assertThat(cursor).isNotBlank();
        calls(who, "GET", path + (path.contains("?") ? "&" : "?") + "cursor=" + cursor);
    }

    @Then("{word} hears {string} for the new task")
    public void hearsForNewTask(String who, String type) {
        JsonNode frame = client(who).next(type);
        assertThat(frame.path("task_id").asLong()).isEqualTo(newTask);
    }

    @When("{word} logs out of the chat")
    public void logsOut(String who) {
        Answer logout = gerbang().nodeA.post("/api/v1/auth/logout", "{}", asCaller(who));
        loggedOutAt = System.nanoTime();
        assertThat(logout.status()).as(logout.body()).isEqualTo(200);
        tokens.remove(who);
    }

    @Given("{word} has opened a task {string} in unit {int} with {word} as a member")
    public void opensTask(String who, String title, int unit, String member) {
        Answer created = gerbang().nodeA.post("/api/v1/tasks", Map.of("title", title, "unit_id", unit), asCaller(who));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        newTask = created.data().path("id").asLong();
        Answer added = gerbang()
                .nodeA
                .post(
                        "/api/v1/tasks/" + newTask + "/members",
                        Map.of("user_id", ids.get(member), "can_comment", true),
                        asCaller(who));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    @When("{word} removes {word} from the new task")
    public void removesMember(String who, String member) {
        Answer removed =
                gerbang().nodeA.delete("/api/v1/tasks/" + newTask + "/members/" + ids.get(member), asCaller(who));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    }

    @Then("the history of task {long} as {word} begins with {string}")
    public void historyBegins(long task, String who, String text) {
        Answer history = gerbang().nodeA.get("/api/v1/tasks/" + task + "/messages?limit=1", asCaller(who));
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.data().path(0).path("message").asText()).isEqualTo(text);
    }

    @Then("the presence of task {long} as {word} includes {string}")
    public void presenceIncludes(long task, String who, String names) {
        Answer presence = gerbang().nodeB.get("/api/v1/tasks/" + task + "/presence", asCaller(who));
        assertThat(presence.status()).as(presence.body()).isEqualTo(200);
        List<Long> present = new ArrayList<>();
        presence.data().forEach(user -> present.add(user.path("user_id").asLong()));
        for (String name : names.split(",\\s*")) {
            assertThat(present).contains(ids.get(name));
        }
    }
}
