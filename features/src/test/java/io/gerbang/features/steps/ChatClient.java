package io.gerbang.features.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A task-chat client on the JDK's WebSocket: frames it heard, in order, and how it was closed. */
final class ChatClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<JsonNode> heard = new LinkedBlockingQueue<>();
    private final List<JsonNode> skipped = new ArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Opens /ws; each of {@code headers} is a name and a value; {@code subprotocols} may be empty. */
    static ChatClient open(String base, List<String> subprotocols, String... headers) {
        ChatClient client = new ChatClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(PATIENCE);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (!subprotocols.isEmpty()) {
            builder.subprotocols(
                    subprotocols.get(0),
                    subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        }
        client.socket = builder.buildAsync(URI.create(base.replace("http://", "ws://") + "/ws"), client.listener())
                .orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS)
                .join();
        return client;
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    heard.add(Json.read(partial.toString()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        };
    }

    void send(String frame) {
        socket.sendText(frame, true)
                .orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS)
                .join();
    }

    /** The next frame that matches, waiting for it; frames passed over are kept for later questions. */
    JsonNode next(Predicate<JsonNode> wanted) {
        for (int i = 0; i < skipped.size(); i++) {
            if (wanted.test(skipped.get(i))) {
                return skipped.remove(i);
            }
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame;
            try {
                frame = heard.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            if (frame == null) {
                break;
            }
            if (wanted.test(frame)) {
                return frame;
            }
            skipped.add(frame);
        }
        throw new AssertionError("no such frame in " + PATIENCE + "; heard " + skipped);
    }

    /** Frames of a type that came and were passed over, not yet asked for. */
    List<JsonNode> unread(String type) {
        return skipped.stream()
                .filter(frame -> type.equals(frame.path("type").asText()))
                .toList();
    }

    JsonNode next(String type) {
        return next(frame -> type.equals(frame.path("type").asText()));
    }

    int closeCode() {
        return closed.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    boolean isOpen() {
        return !socket.isOutputClosed() && !closed.isDone();
    }

    void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
