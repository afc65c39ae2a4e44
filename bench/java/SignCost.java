import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * What signing and checking one access token costs, alone, on this core: ES256 (the tenant keys) with the JDK 17
 * provider and with the one Gerbang uses (Conscrypt where it loads, else Bouncy Castle), against HS256 (the server's secret of the version before),
 * with jjwt and a payload of the size Gerbang's tokens have. Each figure is the mean over ROUNDS rounds of 20,000
 * operations after as many warm-up rounds, in CPU time of the measuring thread.
 *
 *   bench/run.sh sign   (or: taskset -c 1 java -cp "<adapters-persistence classpath>:adapters-persistence/target/classes" \
 *     bench/java/SignCost.java)
 */
public class SignCost {

    private static final int OPERATIONS = 20_000;

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "5"));
        java.security.Provider bc = io.gerbang.adapters.persistence.signing.P256.PROVIDER;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        KeyPair bcPair = io.gerbang.adapters.persistence.signing.P256.newKeyPair();
        SecretKey secret = Keys.hmacShaKeyFor("bench-secret-bench-secret-bench-secret-0123".getBytes(StandardCharsets.UTF_8));
        byte[] payload = ("{\"iss\":\"http://127.0.0.1:18082/t/1\",\"aud\":\"gerbang\",\"sub\":\"2\",\"jti\":"
                + "\"78667c682efd2c9162d0fe557171c596\",\"iat\":1796430128,\"exp\":4102444800,\"tid\":1,\"sid\":"
                + "\"3c39f5777dd9ace1ecdb6b506c5a5bb7\",\"name\":\"Naruto Uzumaki\",\"email\":\"naruto@company.com\","
                + "\"unit_id\":2,\"scope\":{\"branches\":[],\"units\":[2]}}").getBytes(StandardCharsets.UTF_8);
        String es256 = es256(pair, payload, null);
        String es256bc = es256(bcPair, payload, bc);
        String hs256 = hs256(secret, payload);
        var esParser = Jwts.parser().verifyWith(pair.getPublic()).build();
        var bcParser = Jwts.parser().provider(bc).verifyWith(bcPair.getPublic()).build();
        var hsParser = Jwts.parser().verifyWith(secret).build();
        Map<String, Runnable> work = new java.util.LinkedHashMap<>();
        work.put("ES256 sign, JDK 17 provider", () -> es256(pair, payload, null));
        work.put("ES256 sign, " + bc.getName() + " key as made", () -> es256(bcPair, payload, bc));
        // what Gerbang signs with: the provider's key behind one that answers the curve without asking it
        var known = new io.gerbang.adapters.persistence.signing.P256SigningKey(
                (java.security.interfaces.ECPrivateKey) bcPair.getPrivate());
        work.put("ES256 sign, " + bc.getName() + ", curve known (Gerbang's)", () -> es256(known, payload, bc));
        work.put("HS256 sign", () -> hs256(secret, payload));
        work.put("ES256 verify, JDK 17 provider", () -> esParser.parseSignedClaims(es256));
        work.put("ES256 verify, " + bc.getName() + " (Gerbang's)", () -> bcParser.parseSignedClaims(es256bc));
        work.put("HS256 verify", () -> hsParser.parseSignedClaims(hs256));
        for (var entry : work.entrySet()) {
            for (int i = 0; i < rounds; i++) {
                time(entry.getValue());
            }
            double total = 0;
            for (int i = 0; i < rounds; i++) {
                total += time(entry.getValue());
            }
            System.out.printf("%-52s %7.1f us per token (mean of %d rounds of %d)%n", entry.getKey(), total / rounds,
                    rounds, OPERATIONS);
        }
    }

    private static String es256(KeyPair pair, byte[] payload, java.security.Provider provider) {
        return es256(pair.getPrivate(), payload, provider);
    }

    private static String es256(java.security.PrivateKey key, byte[] payload, java.security.Provider provider) {
        return Jwts.builder().provider(provider).header().keyId("1hO5Giq9MV7-nvxi1dm-ww").type("JWT").and().content(payload)
                .signWith(key, Jwts.SIG.ES256).compact();
    }

    private static String hs256(SecretKey secret, byte[] payload) {
        return Jwts.builder().header().type("JWT").and().content(payload).signWith(secret, Jwts.SIG.HS256).compact();
    }

    /** Microseconds per operation, measured as thread CPU time. */
    private static double time(Runnable operation) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < OPERATIONS; i++) {
            operation.run();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1000.0 / OPERATIONS;
    }
}
