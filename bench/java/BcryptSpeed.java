import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * Raw bcrypt verifications per second on this core, with the library and cost the server uses:
 * the ceiling for logins per second. Run pinned to the server's core (see bench/run.sh).
 */
public class BcryptSpeed {

    public static void main(String[] args) {
        int cost = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        char[] password = "password123".toCharArray();
        String hash = BCrypt.withDefaults().hashToString(cost, password);
        BCrypt.Verifyer verifyer = BCrypt.verifyer();
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            verifyer.verify(password, hash);
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < end) {
            if (!verifyer.verify(password, hash).verified) {
                throw new IllegalStateException("bcrypt did not verify");
            }
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("bcrypt cost %d: %d verifications in %.1f s = %.1f/s, %.2f ms each%n",
                cost, count, elapsed, count / elapsed, elapsed * 1000 / count);
    }
}
