package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The Socket.IO door's steps: demo people with the official Java Socket.IO client, beside /ws members, and
 * seed 001's story played by the official Node client.
 */
public class SocketIoSteps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> IDENTITIES =
            Map.of("Naruto", "100000001", "Sakura", "100000002", "Kakashi", "100000003");
    private static final Map<String, Long> IDS = Map.of("Naruto", 2L, "Sakura", 3L, "Kakashi", 4L);

    private final Map<String, SocketIoClient> sockets = new HashMap<>();
    private final Map<String, ChatClient> plain = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, JsonNode> lastAck = new HashMap<>();
    private SocketIoClient stranger;
    private long loggedOutAt;
    private NodeScripts.Outcome story;
    private long lastMessageId;

    @After
    public void hangUp() {
        sockets.values().forEach(SocketIoClient::close);
        plain.values().forEach(ChatClient::close);
        if (stranger != null) {
            stranger.close();
        }
    }

    private static Http node(String name) {
        return "B".equals(name) ? RunningGerbang.get().nodeB : RunningGerbang.get().nodeA;
    }

    private String token(String who) {
        return tokens.computeIfAbsent(who, person -> {
            Http.Answer login = node("A")
                    .post(
                            "/api/v1/auth/login",
                            Map.of("user_identity", IDENTITIES.get(person), "password", "password123"));
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            return login.data().path("access_token").asText();
        });
    }

    private SocketIoClient socket(String who) {
        assertThat(sockets).as("%s has a Socket.IO client", who).containsKey(who);
        return sockets.get(who);
    }

    // ---- connecting

    @Given("{word} is connected over Socket.IO {word} to node {word}")
    public void connected(String who, String transport, String node) {
        String[] transports = "long-polling".equals(transport) ? new String[] {"polling"} : new String[] {"websocket"};
        SocketIoClient client = SocketIoClient.open(node(node).base(), Map.of("token", token(who)), transports);
        client.next("connect");
        sockets.put(who, client);
    }

    @Given("{word} is connected over Socket.IO websocket to node {word} with the header Authorization {string}")
    public void connectedWithHeader(String who, String node, String form) {
        String authorization = form.replace("<token>", token(who));
        SocketIoClient client = SocketIoClient.open(
                node(node).base(), null, Map.of("Authorization", List.of(authorization)), "websocket");
        client.next("connect");
        sockets.put(who, client);
    }

    @When("{word} starts typing in task {long} over Socket.IO without joining it")
    public void typesWithoutJoining(String who, long task) throws org.json.JSONException {
        socket(who).tell("typing_start", new JSONObject().put("taskId", task));
    }

    @Given("{word} is connected over the plain WebSocket to node {word}")
    public void connectedPlain(String who, String node) {
        plain.put(who, ChatClient.open(node(node).base(), List.of(), "Authorization", "Bearer " + token(who)));
    }

    @When("someone connects over Socket.IO without a token")
    public void connectsWithoutToken() {
        stranger = SocketIoClient.open(node("A").base(), null, "websocket");
    }

    @When("someone connects over Socket.IO with the token {string}")
    public void connectsWithToken(String token) {
        stranger = SocketIoClient.open(node("A").base(), Map.of("token", token), "websocket");
    }

    @When("{word} connects over Socket.IO to the namespace {string}")
    public void connectsToNamespace(String who, String namespace) {
        stranger = SocketIoClient.open(node("A").base() + namespace, Map.of("token", token(who)), "websocket");
    }

    @Then("the connection is refused with {string} and code {string}")
    public void refusedWith(String message, String code) {
        JsonNode error = stranger.next("connect_error");
        assertThat(error.path("message").asText()).as(error.toString()).isEqualTo(message);
        assertThat(error.path("data").path("code").asText())
                .as(error.toString())
                .isEqualTo(code);
    }

    @Then("the connection is refused with {string} and no code")
    public void refusedWithoutCode(String message) {
        JsonNode error = stranger.next("connect_error");
        assertThat(error.path("message").asText()).as(error.toString()).isEqualTo(message);
        assertThat(error.has("data")).as(error.toString()).isFalse();
    }

    // ---- events

    @When("{word} joins task {long} over Socket.IO")
    public void joins(String who, long task) {
        lastAck.put(who, socket(who).ask("join_task", task));
    }

    @Then("{word}'s join is acknowledged with {word} present")
    public void joinAcknowledged(String who, String present) {
        JsonNode ack = lastAck.get(who);
        assertThat(ack.path("ok").asBoolean()).as(ack.toString()).isTrue();
        assertThat(ack.path("users").findValuesAsText("userName").toString()).contains(present);
    }

    @When("{word} sends {string} to task {long} over Socket.IO")
    public void sends(String who, String text, long task) {
        lastAck.put(
                who,
                socket(who)
                        .ask("send_message", new JSONObject(Map.of("taskId", String.valueOf(task), "message", text))));
        lastMessageId = lastAck.get(who).path("message_id").asLong();
    }

    @Then("{word}'s send is acknowledged with a message id")
    public void sendAcknowledged(String who) {
        JsonNode ack = lastAck.get(who);
        assertThat(ack.path("ok").asBoolean()).as(ack.toString()).isTrue();
        assertThat(ack.path("message_id").asLong()).isPositive();
    }

    @Then("{word}'s send is refused with {string}")
    public void sendRefused(String who, String code) {
        JsonNode ack = lastAck.get(who);
        assertThat(ack.path("ok").asBoolean()).as(ack.toString()).isFalse();
        assertThat(ack.path("code").asText()).isEqualTo(code);
        assertThat(ack.path("message").asText()).isNotBlank();
    }

    @When("{word} emits {string} with the argument {}")
    public void emits(String who, String event, String argument) throws IOException, org.json.JSONException {
        JsonNode parsed = JSON.readTree(withLastMessageId(argument));
        Object value = parsed.isObject()
                ? new JSONObject(parsed.toString())
                : parsed.isArray()
                        ? new JSONArray(parsed.toString())
                        : parsed.isTextual() ? parsed.textValue() : parsed.numberValue();
        socket(who).tell(event, value);
    }

    @When("{word} emits {string} with a binary attachment")
    public void emitsBinary(String who, String event) {
        socket(who).tellBinary(event, new byte[] {1, 2, 3});
    }

    @Then("{word} hears the Socket.IO error {string}")
    public void hearsError(String who, String code) {
        JsonNode error = socket(who).next("error");
        assertThat(error.path("code").asText()).as(error.toString()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
    }

    @Then("{word} is still connected over Socket.IO")
    public void stillConnected(String who) {
        JsonNode ack = socket(who).ask("leave_task", 1);
        assertThat(ack.path("ok").asBoolean()).as(ack.toString()).isTrue();
        assertThat(socket(who).connected()).isTrue();
    }

    @Then("{word} hears over Socket.IO {string} from {word}")
    public void hearsFrom(String who, String event, String from) {
        JsonNode data = socket(who).next(event);
        assertThat(data.path("userId").asLong()).as(data.toString()).isEqualTo(IDS.get(from));
        assertThat(data.path("taskId").isNumber()).as(data.toString()).isTrue();
    }

    @Then("{word} hears over Socket.IO the message {string}")
    public void hearsMessage(String who, String text) {
        JsonNode data = socket(who).next("new_message");
        while (!text.equals(data.path("message").path("message").asText())) {
            data = socket(who).next("new_message");
        }
        assertThat(data.path("message").path("id").asLong()).isPositive();
        assertThat(data.path("taskId").asLong())
                .isEqualTo(data.path("message").path("task_id").asLong());
    }

    @Then("{word} hears over Socket.IO the message {string} replying to {string} with the attachments {string}")
    public void hearsMessageWithAttachments(String who, String text, String given, String attachments)
            throws IOException {
        String replyTo = withLastMessageId(given);
        JsonNode data = socket(who).next("new_message");
        while (!text.equals(data.path("message").path("message").asText())) {
            data = socket(who).next("new_message");
        }
        assertThat(data.path("message").path("attachments")).isEqualTo(JSON.readTree(attachments));
        assertThat(data.path("message").path("reply_to").asText()).isEqualTo(replyTo);
    }

    /** {@code <first>}: the id of the last message a send was acknowledged with. */
    private String withLastMessageId(String text) {
        return text.replace("<first>", String.valueOf(lastMessageId));
    }

    // ---- the /ws member beside them

    @When("{word} joins task {long} over the plain WebSocket")
    public void joinsPlain(String who, long task) {
        plain.get(who).send("{\"type\":\"join_task\",\"task_id\":" + task + "}");
        plain.get(who).next("presence");
    }

    @When("{word} sends {string} to task {long} over the plain WebSocket")
    public void sendsPlain(String who, String text, long task) {
        plain.get(who).send("{\"type\":\"send_message\",\"task_id\":" + task + ",\"message\":\"" + text + "\"}");
    }

    @Then("{word} hears over the plain WebSocket the message {string}")
    public void hearsPlain(String who, String text) {
        assertThat(plain.get(who)
                        .next(frame -> "new_message".equals(frame.path("type").asText())
                                && text.equals(
                                        frame.path("message").path("message").asText())))
                .isNotNull();
    }

    // ---- sessions ending

    @When("{word}'s session is ended on node {word}")
    public void sessionEnded(String who, String node) {
        loggedOutAt = System.nanoTime();
        Http.Answer logout = node(node)
                .post("/api/v1/auth/logout", Map.of("token", token(who)), "Authorization", "Bearer " + token(who));
        assertThat(logout.status()).as(logout.body()).isEqualTo(200);
    }

    @Then("{word} is disconnected by the server within {int} seconds of the logout")
    public void disconnected(String who, int seconds) {
        JsonNode reason = socket(who).next("disconnect");
        assertThat(reason.asText()).isEqualTo("io server disconnect");
        assertThat(System.nanoTime() - loggedOutAt).isLessThan(seconds * 1_000_000_000L);
    }

    // ---- seed 001's story with the official Node client

    @When("seed 001's story is played with socket.io-client v4 against node A and node B")
    public void playsStory() throws Exception {
        play("seed-001-story.js");
    }

    @When("connection state recovery is played with socket.io-client v4 against node A and node B")
    public void playsRecovery() throws Exception {
        play("recovery-story.js");
    }

    @When("seed 001's story is played with socket.io-client v2 against node A and node B")
    public void playsStoryWithTheOldClient() throws Exception {
        play("seed-001-story-v2.js");
    }

    /** One of the Node stories in src/test/node, with the official client, against node A and node B. */
    private void play(String script) throws Exception {
        NodeScripts.prepare(List.of(Path.of("src/test/node/" + script), Path.of("src/test/node/story-steps.js")));
        story = NodeScripts.run(
                NodeScripts.WORK,
                List.of("node", script, node("A").base(), node("B").base()),
                Map.of());
    }

    @Then("every step of the story passes")
    public void storyPasses() {
        assertThat(story.exit()).as(story.output()).isZero();
        assertThat(story.output()).contains("every step passed");
    }
}
