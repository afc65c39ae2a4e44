package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A person's Socket.IO client (socket.io-client-java 2.x): every event it hears, in order, to wait on. */
final class SocketIoClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVENTS = List.of(
            "user_joined",
            "user_left",
            "new_message",
            "user_typing",
            "user_stopped_typing",
            "member_changed",
            "task_updated",
            "task_notification",
            "error");

    /** What the client heard: an event and its first argument, or the connection's own news. */
    record Heard(String event, JsonNode data) {}

    private final Socket socket;
    private final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();

    private SocketIoClient(Socket socket) {
        this.socket = socket;
    }

    /** Connects with {@code auth} (null: none), over the given transports ("websocket", "polling"). */
    static SocketIoClient open(String base, Map<String, String> auth, String... transports) {
        return open(base, auth, Map.of(), transports);
    }

    /** Connects with {@code auth} (null: none) and these handshake headers (Node's {@code extraHeaders}). */
    static SocketIoClient open(
            String base, Map<String, String> auth, Map<String, List<String>> headers, String... transports) {
        IO.Options options = IO.Options.builder()
                .setTransports(transports)
                .setReconnection(false)
                .setForceNew(true)
                .setAuth(auth)
                .setExtraHeaders(headers)
                .build();
        SocketIoClient client = new SocketIoClient(IO.socket(URI.create(base), options));
        client.socket.on(Socket.EVENT_CONNECT, args -> client.heard.add(new Heard("connect", null)));
        client.socket.on(Socket.EVENT_DISCONNECT, args -> client.heard.add(new Heard("disconnect", json(args))));
        client.socket.on(Socket.EVENT_CONNECT_ERROR, args -> client.heard.add(new Heard("connect_error", json(args))));
        for (String event : EVENTS) {
            client.socket.on(event, args -> client.heard.add(new Heard(event, json(args))));
        }
        client.socket.connect();
        return client;
    }

    /** Emits an event with one argument and waits for its acknowledgement. */
    JsonNode ask(String event, Object argument) {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        socket.emit(event, new Object[] {argument}, (Ack) args -> answer.complete(json(args)));
        try {
            return answer.get(ChatClient.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception none) {
            throw new AssertionError("no acknowledgement of " + event + " within " + ChatClient.PATIENCE, none);
        }
    }

    /** Emits an event with one argument, no acknowledgement asked. */
    void tell(String event, Object argument) {
        socket.emit(event, argument);
    }

    /** Emits an event with a binary attachment. */
    void tellBinary(String event, byte[] bytes) {
        socket.emit(event, (Object) bytes);
    }

    /** The next thing heard that is {@code event}, skipping others; fails after the patience. */
    JsonNode next(String event) {
        long until = System.nanoTime() + ChatClient.PATIENCE.toNanos();
        try {
            while (true) {
                Heard next = heard.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(next)
                        .as("heard %s within %s", event, ChatClient.PATIENCE)
                        .isNotNull();
                if (next.event().equals(event)) {
                    return next.data();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    boolean connected() {
        return socket.connected();
    }

    @Override
    public void close() {
        socket.close();
    }

    private static JsonNode json(Object[] args) {
        if (args.length == 0 || args[0] == null) {
            return JSON.nullNode();
        }
        Object first = args[0];
        if (first instanceof Exception failure) {
            return JSON.createObjectNode().put("message", failure.getMessage());
        }
        try {
            return JSON.readTree(
                    first.toString().startsWith("{") || first.toString().startsWith("[")
                            ? first.toString()
                            : JSON.writeValueAsString(first.toString()));
        } catch (Exception notJson) {
            return JSON.getNodeFactory().textNode(first.toString());
        }
    }
}
