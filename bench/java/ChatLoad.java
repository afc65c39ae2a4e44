import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Load for the task chat, on the JDK's own WebSocket client.
 *
 *   java ChatLoad.java fanout  SEND_BASE RECV_BASE TASK MEMBERS SENDERS RATE SECONDS PIDS
 *   java ChatLoad.java flood   SEND_BASE RECV_BASE TASK MEMBERS SENDERS WINDOW SECONDS PIDS
 *   java ChatLoad.java idle    BASE CONNECTIONS PID
 *   java ChatLoad.java idle-sio BASE CONNECTIONS PID HOLD_SECONDS
 *
 * fanout: MEMBERS people (identities c1..cN) join the room on RECV_BASE; SENDERS of them post on SEND_BASE at
 * RATE messages/s each for SECONDS (RECV_BASE may be a comma list of nodes: the members spread over them in turn);
 * every delivery is counted and its end-to-end latency recorded (the
 * message text carries its send time). flood: the same, each sender keeping WINDOW messages in flight.
 * PIDS (comma list) are the server processes whose CPU time the run reads from /proc.
 * idle: CONNECTIONS authenticated sockets that say nothing; the server's heap (after a full GC, jcmd) before
 * and after. idle-sio: the same through the Socket.IO door (Engine.IO v4 websocket transport, CONNECT with
 * {@code auth.token}), held HOLD_SECONDS while the server's heartbeats go on (each PING answered with a PONG),
 * then the heap; a socket that the server closes or that misses its CONNECT counts as dropped.
 */
public class ChatLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    static final long TICK = 100; // USER_HZ on Linux

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "fanout", "flood" -> room(args);
            case "idle" -> idle(args[1], Integer.parseInt(args[2]), args[3]);
            case "idle-sio" -> idleSocketIo(args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    static String login(String base, String identity) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_identity\":\"" + identity + "\",\"password\":\"password123\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"access_token\":\"");
        if (at < 0) {
            throw new IllegalStateException("login of " + identity + " failed: " + body);
        }
        return body.substring(at + 16, body.indexOf('"', at + 16));
    }

    static List<String> logins(String base, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<String>> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String identity = "c" + i;
            tokens.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return login(base, identity);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        List<String> out = new ArrayList<>();
        for (CompletableFuture<String> token : tokens) {
            out.add(token.join());
        }
        pool.shutdown();
        return out;
    }

    static final class Member implements WebSocket.Listener {
        final AtomicLong delivered;
        final AtomicLongArray latencyMicros;
        final AtomicInteger latencyCount;
        final CountDownLatch joined = new CountDownLatch(1);
        final Semaphore window;
        final AtomicInteger closes;
        WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        Member(AtomicLong delivered, AtomicLongArray latencyMicros, AtomicInteger latencyCount, Semaphore window,
               AtomicInteger closes) {
            this.delivered = delivered;
            this.latencyMicros = latencyMicros;
            this.latencyCount = latencyCount;
            this.window = window;
            this.closes = closes;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("{\"type\":\"new_message\"")) {
                    int at = frame.indexOf("\"message\":\"t");
                    if (at < 0 || frame.indexOf(':', at + 12) < 0) {
                        System.err.println("not a message of this load: " + frame);
                        webSocket.request(1);
                        return null;
                    }
                    long sent = Long.parseLong(frame.substring(at + 12, frame.indexOf(':', at + 12)));
                    long micros = (System.nanoTime() - sent) / 1000;
                    int slot = latencyCount.getAndIncrement();
                    if (slot < latencyMicros.length()) {
                        latencyMicros.set(slot, micros);
                    }
                    delivered.incrementAndGet();
                } else if (frame.startsWith("{\"type\":\"presence\"")) {
                    joined.countDown();
                } else if (frame.startsWith("{\"type\":\"ack\"") && frame.contains("message_id") && window != null) {
                    window.release();
                } else if (frame.startsWith("{\"type\":\"error\"")) {
                    System.err.println("error frame: " + frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closes.incrementAndGet();
            System.err.println("closed " + statusCode + " " + reason);
            return null;
        }
    }

    static WebSocket connect(String base, String token, WebSocket.Listener listener) {
        return HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(base.replace("http://", "ws://") + "/ws"), listener).join();
    }

    static void room(String[] args) throws Exception {
        boolean flood = args[0].equals("flood");
        String sendBase = args[1];
        String[] recvBases = args[2].split(",");
        long task = Long.parseLong(args[3]);
        int members = Integer.parseInt(args[4]);
        int senders = Integer.parseInt(args[5]);
        int rateOrWindow = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        String[] pids = args[8].split(",");

        List<String> tokens = logins(sendBase, members);
        AtomicLong delivered = new AtomicLong();
        AtomicLongArray latencies = new AtomicLongArray(5_000_000);
        AtomicInteger latencyCount = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        List<Member> room = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Member member = new Member(delivered, latencies, latencyCount, null, closes);
            member.socket = connect(recvBases[i % recvBases.length], tokens.get(i), member);
            member.socket.sendText("{\"type\":\"join_task\",\"task_id\":" + task + "}", true).join();
            room.add(member);
        }
        for (Member member : room) {
            if (!member.joined.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a member could not join");
            }
        }
        // senders on SEND_BASE: their own sockets, apart from the members' (they are members too)
        List<Member> senderSockets = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Semaphore window = new Semaphore(flood ? rateOrWindow : 1_000_000);
            Member sender = new Member(new AtomicLong(), new AtomicLongArray(1), new AtomicInteger(), window, closes);
            sender.socket = connect(sendBase, tokens.get(i), sender);
            senderSockets.add(sender);
        }
        Thread.sleep(1000);
        long[] cpuBefore = cpu(pids);
        com.sun.management.OperatingSystemMXBean self =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long selfBefore = self.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (Member sender : senderSockets) {
            Thread thread = new Thread(() -> {
                long interval = flood ? 0 : 1_000_000_000L / rateOrWindow;
                long next = System.nanoTime();
                while (System.nanoTime() < end) {
                    if (flood) {
                        try {
                            if (!sender.window.tryAcquire(1, TimeUnit.SECONDS)) {
                                continue;
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    } else {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        next += interval;
                    }
                    sender.socket.sendText("{\"type\":\"send_message\",\"task_id\":" + task + ",\"ref\":1,\"message\":\"t"
                            + System.nanoTime() + ":x\"}", true).join();
                    sent.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long sendSeconds = System.nanoTime() - start;
        long expected = sent.get() * members;
        long drainUntil = System.nanoTime() + 10_000_000_000L;
        while (delivered.get() < expected && System.nanoTime() < drainUntil) {
            Thread.sleep(20);
        }
        long elapsed = System.nanoTime() - start;
        long[] cpuAfter = cpu(pids);
        double selfBusy = (self.getProcessCpuTime() - selfBefore) / (double) (System.nanoTime() - start);
        long ticks = 0;
        for (int i = 0; i < pids.length; i++) {
            ticks += cpuAfter[i] - cpuBefore[i];
        }
        int n = Math.min(latencyCount.get(), latencies.length());
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        double cpuMicrosPerDelivery = ticks * (1_000_000.0 / TICK) / Math.max(1, delivered.get());
        System.out.printf("%s: sent %d messages in %.1f s (%.0f/s); deliveries %d of %d expected (%.0f/s);"
                        + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; server CPU %.1f µs per delivery"
                        + " (%.2f s of CPU); sockets closed %d; load generator busy %.0f%% of its core%n",
                args[0], sent.get(), sendSeconds / 1e9, sent.get() / (sendSeconds / 1e9), delivered.get(), expected,
                delivered.get() / (elapsed / 1e9), pct(sorted, 50), pct(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1000.0,
                cpuMicrosPerDelivery, ticks / (double) TICK, closes.get(), selfBusy * 100);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1000.0;
    }

    static long[] cpu(String[] pids) throws IOException {
        long[] ticks = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            String[] stat = Files.readString(Path.of("/proc/" + pids[i] + "/stat")).split("\\) ")[1].split(" ");
            ticks[i] = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        }
        return ticks;
    }

    static long usedHeapKb(String pid) throws Exception {
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        // one line per generation (Serial: "def new generation   total 157248K, used 45108K [...", then
        // "tenured generation ..."; G1: "garbage-first heap   total ..., used ...K"); Metaspace is not heap
        long used = 0;
        for (String line : info.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(generation|heap)\\s+total \\d+K, used (\\d+)K")
                    .matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(2));
            }
        }
        return used;
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    static void idle(String base, int connections, String pid) throws Exception {
        String token = login(base, "c1");
        long before = usedHeapKb(pid);
        AtomicInteger closes = new AtomicInteger();
        List<WebSocket> sockets = new ArrayList<>();
        Semaphore opening = new Semaphore(64);
        List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            opening.acquire();
            Member quiet = new Member(new AtomicLong(), new AtomicLongArray(1), new AtomicInteger(), null, closes);
            pending.add(HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create(base.replace("http://", "ws://") + "/ws"), quiet)
                    .whenComplete((socket, failure) -> opening.release()));
        }
        int failed = 0;
        for (CompletableFuture<WebSocket> socket : pending) {
            try {
                sockets.add(socket.join());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        Thread.sleep(3000); // a few sweeps of the server: the sockets stay
        long after = usedHeapKb(pid);
        System.out.printf("idle: %d sockets open (%d failed to open, %d closed by the server); server heap after"
                        + " full GC %d KB before, %d KB after: %.1f KB per connection%n", sockets.size(), failed,
                closes.get(), before, after, (after - before) / (double) Math.max(1, sockets.size()));
        scrapeTimes(base, sockets.size());
        sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }

    /** How long GET /metrics takes with these sockets open: 5 to warm up, then 20 timed. */
    static void scrapeTimes(String base, int open) throws Exception {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(base + "/metrics")).build();
        long[] millis = new long[20];
        int bytes = 0;
        for (int i = -5; i < millis.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(scrape, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/metrics answered " + answer.statusCode());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                bytes = answer.body().length();
            }
        }
        Arrays.sort(millis);
        System.out.printf("/metrics with %d sockets open: median %d ms, max %d ms over %d scrapes (%d bytes)%n",
                open, millis[millis.length / 2], millis[millis.length - 1], millis.length, bytes);
    }

    static void idleSocketIo(String base, int connections, String pid, int holdSeconds) throws Exception {
        String token = login(base, "c1");
        long before = usedHeapKb(pid);
        AtomicInteger connected = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        AtomicLong pongs = new AtomicLong();
        List<WebSocket> sockets = new ArrayList<>();
        Semaphore opening = new Semaphore(64);
        List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
        URI uri = URI.create(base.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket");
        for (int i = 0; i < connections; i++) {
            opening.acquire();
            pending.add(HTTP.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    String packet = data.toString();
                    if (packet.startsWith("0{")) {
                        socket.sendText("40{\"token\":\"" + token + "\"}", true);
                    } else if (packet.startsWith("40")) {
                        connected.incrementAndGet();
                        opening.release();
                    } else if (packet.startsWith("44")) {
                        refused.incrementAndGet();
                        opening.release();
                    } else if (packet.equals("2")) {
                        socket.sendText("3", true);
                        pongs.incrementAndGet();
                    }
                    socket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                    closes.incrementAndGet();
                    return null;
                }
            }).whenComplete((socket, failure) -> {
                if (failure != null) {
                    opening.release();
                }
            }));
        }
        int failed = 0;
        for (CompletableFuture<WebSocket> socket : pending) {
            try {
                sockets.add(socket.join());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(holdSeconds);
        while (System.nanoTime() < until) {
            Thread.sleep(1000);
        }
        long after = usedHeapKb(pid);
        System.out.printf("idle-sio: %d sockets connected (%d failed to open, %d refused, %d closed by the server)"
                        + " over %d s with %d PONGs to the server's PINGs; server heap after full GC %d KB before,"
                        + " %d KB after: %.1f KB per connection%n", connected.get(), failed, refused.get(), closes.get(),
                holdSeconds, pongs.get(), before, after, (after - before) / (double) Math.max(1, connected.get()));
        sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }
}
