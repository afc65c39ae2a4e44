import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.persistence.twofactor.OtpTotp;
import io.gerbang.domain.twofactor.TotpStep;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /auth/login-2fa} per second: N fresh people with two-factor on, each with an {@code mfa_token}
 * from their password, then every token sent at once by C connections with a code of the person's app (a
 * step after the one that turned two-factor on, so no code is a replay). The first half warms the JIT up;
 * the second half is measured: rate, latency and the server's CPU per request (from /proc/PID/stat).
 *
 *   java -cp ... bench/java/SecondFactorLoad.java http://127.0.0.1:18082 SERVER_PID 6000 8
 */
public class SecondFactorLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static String base;

    record Person(String identity, String secret, long enabledAt) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        long pid = Long.parseLong(args[1]);
        int people = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        String admin = "Bearer " + post("/api/v1/auth/login",
                Map.of("user_identity", "800000001", "password", "password123"), null).path("data").path("access_token").asText();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        List<Future<Person>> enrolled = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String identity = "7" + run + String.format("%07d", i);
            enrolled.add(pool.submit(() -> enrol(admin, identity)));
        }
        List<Person> persons = new ArrayList<>();
        for (Future<Person> person : enrolled) {
            persons.add(person.get());
        }
        List<Future<String>> tokens = new ArrayList<>();
        for (Person person : persons) {
            tokens.add(pool.submit(() -> post("/api/v1/auth/login",
                    Map.of("user_identity", person.identity(), "password", "password123"), null)
                    .path("data").path("mfa_token").asText()));
        }
        List<String> mfaTokens = new ArrayList<>();
        for (Future<String> token : tokens) {
            mfaTokens.add(token.get());
        }
        int half = people / 2;
        fire(pool, persons.subList(0, half), mfaTokens.subList(0, half), pid, "warm-up");
        fire(pool, persons.subList(half, people), mfaTokens.subList(half, people), pid, "measured");
        pool.shutdown();
    }

    private static Person enrol(String admin, String identity) throws Exception {
        JsonNode created = post("/api/v1/users", Map.of("user_identity", identity, "name", "Bench Dua Faktor",
                "email", "bench-" + identity + "@2fa.example", "password", "password123", "unit_id", 2), admin);
        if (!created.path("success").asBoolean()) {
            throw new IllegalStateException("could not create " + identity + ": " + created);
        }
        String bearer = "Bearer " + post("/api/v1/auth/login", Map.of("user_identity", identity, "password", "password123"),
                null).path("data").path("access_token").asText();
        String secret = post("/api/v1/auth/2fa/setup", Map.of(), bearer).path("data").path("secret").asText();
        TotpStep step = TotpStep.at(Instant.now());
        JsonNode enabled = post("/api/v1/auth/2fa/enable", Map.of("code", OtpTotp.codeAt(secret, step)), bearer);
        if (!enabled.path("success").asBoolean()) {
            throw new IllegalStateException("could not turn two-factor on: " + enabled);
        }
        return new Person(identity, secret, step.index());
    }

    private static void fire(ExecutorService pool, List<Person> persons, List<String> tokens, long pid, String label)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] latencies = new long[persons.size()];
        long cpuBefore = cpuTicks(pid);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        int threads = ((java.util.concurrent.ThreadPoolExecutor) pool).getCorePoolSize();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < persons.size(); i = next.getAndIncrement()) {
                    Person person = persons.get(i);
                    long step = Math.max(person.enabledAt() + 1, TotpStep.at(Instant.now()).index());
                    long sent = System.nanoTime();
                    JsonNode answer = post("/api/v1/auth/login-2fa", Map.of("mfa_token", tokens.get(i),
                            "code", OtpTotp.codeAt(person.secret(), new TotpStep(step))), null);
                    latencies[i] = System.nanoTime() - sent;
                    (answer.path("data").path("access_token").isTextual() ? ok : failed).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long ticks = cpuTicks(pid) - cpuBefore;
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("login-2fa %-8s c=%d: %d ok, %d refused in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms;"
                        + " server CPU %.3f ms/req%n",
                label, threads, ok.get(), failed.get(), seconds, persons.size() / seconds,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                ticks * 10.0 / persons.size());
    }

    private static long cpuTicks(long pid) throws Exception {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
    }

    private static JsonNode post(String path, Object body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
