import at.favre.lib.crypto.bcrypt.BCrypt;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One password check on this core, by each implementation considered: the ceiling of logins per second.
 * Argon2id (m=19 MiB, t=2, p=1) by argon2-jvm (the C reference library through JNA: what the server uses)
 * and by Bouncy Castle's pure Java (what Keycloak uses), Keycloak 26's default Argon2id (m=7 MiB, t=5) by
 * Bouncy Castle, and bcrypt-10. Run pinned to the server's core (bench/run.sh hash).
 */
public class HashSpeed {

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 15;
        byte[] password = "password123".getBytes(StandardCharsets.UTF_8);
        Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
        String hash = argon2.hash(2, 19 * 1024, 1, password);
        time("argon2id m=19MiB t=2 (argon2-jvm, native)", seconds, () -> argon2.verify(hash, password));
        time("argon2id m=19MiB t=2 (Bouncy Castle, Java)", seconds, () -> bouncyCastle(password, 19 * 1024, 2));
        time("argon2id m=7MiB t=5 (Bouncy Castle, Keycloak 26's default)", seconds, () -> bouncyCastle(password, 7 * 1024, 5));
        String bcrypt = BCrypt.withDefaults().hashToString(10, "password123".toCharArray());
        BCrypt.Verifyer verifyer = BCrypt.verifyer();
        time("bcrypt cost 10 (favre)", seconds, () -> verifyer.verify("password123".toCharArray(), bcrypt).verified);
    }

    private static boolean bouncyCastle(byte[] password, int memoryKib, int iterations) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(1).withSalt(new byte[16]).build());
        byte[] out = new byte[32];
        generator.generateBytes(password, out);
        return out[0] != 0 || out[1] != 0;
    }

    private static void time(String name, long seconds, java.util.function.BooleanSupplier check) {
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            check.getAsBoolean();
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < end) {
            if (!check.getAsBoolean()) {
                throw new IllegalStateException(name + " did not verify");
            }
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-58s %6.1f/s, %6.2f ms each%n", name, count / elapsed, elapsed * 1000 / count);
    }
}
