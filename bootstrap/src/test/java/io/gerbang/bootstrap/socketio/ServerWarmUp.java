package io.gerbang.bootstrap.socketio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Plays the suites' kinds of traffic (polling, WebSocket, the upgrade, a CONNECT) against the echo composition
 * until its code is compiled. The suites time the server to tens of milliseconds (300 ms pings, an upgrade
 * raced by a second socket); a JVM that is still interpreting and compiling that code misses those by
 * scheduling alone (5 of 15 suite runs against a cold composition failed here, each a different test), which
 * is not what the suites test. It asserts nothing: the suites do.
 */
final class ServerWarmUp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[][] DOORS = {{"/engine.io/", "4hello"}, {"/socket.io/", "42[\"message\",\"hello\"]"}};

    private ServerWarmUp() {}

    static void play(int port, Duration during) throws InterruptedException {
        long until = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < until) {
            for (String[] door : DOORS) {
                try {
                    pollThenUpgrade(port, door[0], door[1]);
                } catch (java.io.IOException
                        | java.util.concurrent.ExecutionException
                        | java.util.concurrent.TimeoutException slowYet) {
                    // a cold server misses the 300 ms heartbeat and ends the session: that is warming too
                }
            }
        }
    }

    /**
     * A polling session that sends {@code 40} (a Socket.IO CONNECT, a message to Engine.IO), upgrades, sends one more.
     */
    private static void pollThenUpgrade(int port, String path, String message)
            throws java.io.IOException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException,
                    InterruptedException {
        String http = "http://127.0.0.1:" + port + path;
        String ws = "ws://127.0.0.1:" + port + path;
        String open = get(http + "?EIO=4&transport=polling");
        String sid = open.substring(open.indexOf("\"sid\":\"") + 7, open.indexOf('"', open.indexOf("\"sid\":\"") + 7));
        String session = "?EIO=4&transport=polling&sid=" + sid;
        HTTP.send(
                HttpRequest.newBuilder(URI.create(http + session))
                        .POST(HttpRequest.BodyPublishers.ofString("40"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        get(http + session);
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create(ws + "?EIO=4&transport=websocket&sid=" + sid), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        if ("2".contentEquals(data)) {
                            webSocket.sendText("3", true);
                        } else {
                            received.add(data.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(1, TimeUnit.SECONDS);
        socket.sendText("2probe", true).get(1, TimeUnit.SECONDS);
        received.poll(1, TimeUnit.SECONDS);
        socket.sendText("5", true).get(1, TimeUnit.SECONDS);
        socket.sendText(message, true).get(1, TimeUnit.SECONDS);
        received.poll(200, TimeUnit.MILLISECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(1, TimeUnit.SECONDS);
    }

    private static String get(String url) throws java.io.IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(1))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
