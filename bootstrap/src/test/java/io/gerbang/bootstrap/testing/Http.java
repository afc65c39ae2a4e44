package io.gerbang.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small JSON client over the JDK's HttpClient, for tests that talk to a started server. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    /** Told of every request a test sends through any {@link Http}, with its answer. */
    public interface Watcher {
        void seen(HttpRequest request, Answer answer);
    }

    private static final List<Watcher> WATCHERS = new CopyOnWriteArrayList<>();

    public static void watch(Watcher watcher) {
        WATCHERS.add(watcher);
    }

    public static void unwatch(Watcher watcher) {
        WATCHERS.remove(watcher);
    }

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Answer post(String path, Object body, String... headers) {
        String text = body instanceof String raw ? raw : write(body);
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(text)),
                headers);
    }

    public Answer patch(String path, String body, String... headers) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    public Answer delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    public Answer send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(
                    response.statusCode(), response.body(), response.headers().map());
            WATCHERS.forEach(watcher -> watcher.seen(built, answer));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs a demo user in (password123) and returns the answer. */
    public Answer login(String identity) {
        return post("/api/v1/auth/login", Map.of("user_identity", identity, "password", "password123"));
    }

    /** A demo user's access token (password123); a sign-in that does not succeed fails the test. */
    public String accessToken(String identity) {
        Answer login = login(identity);
        if (login.status() != 200) {
            throw new AssertionError("signing " + identity + " in answered " + login.status() + ": " + login.body());
        }
        return login.data().path("access_token").asText();
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String code() {
            return json().path("code").asText(null);
        }

        public JsonNode data() {
            return json().path("data");
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }
}
