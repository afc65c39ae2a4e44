package io.gerbang.domain.client;

import io.gerbang.domain.client.ClientPolicies.Kind;
import io.gerbang.domain.client.ClientPolicies.Language;
import io.gerbang.domain.client.ClientPolicies.Logout;
import io.gerbang.domain.client.ClientPolicies.Refresh;
import io.gerbang.domain.client.ClientPolicies.Signing;
import io.gerbang.domain.client.ClientPolicies.Tenants;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A program that signs people in through Gerbang (a front end, a desktop connector, a backend that checks
 * tokens), and the policies the sessions opened through it follow. A session records its client; every
 * refresh of it follows the client's policies as they are then.
 *
 * @param accessTtl null: the server's default
 */
public record ClientApp(
        ClientId id,
        TenantId tenant,
        String name,
        Dialect dialect,
        Tenants tenants,
        Duration accessTtl,
        Refresh refresh,
        Logout logout,
        Signing signing,
        Language language,
        Map<String, String> roleNames,
        List<String> origins,
        Kind kind) {

    public static final Duration SHORTEST_ACCESS_TTL = Duration.ofSeconds(60);
    public static final Duration LONGEST_ACCESS_TTL = Duration.ofDays(1);
    public static final int MAX_NAME = 100;
    public static final int MAX_ROLE_NAMES = 50;
    public static final int MAX_ORIGINS = 20;
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?");
    private static final Pattern ROLE_WORD = Pattern.compile("[\\p{L}\\p{N} _.\\-]{1,64}");

    public ClientApp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(logout, "logout");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        name = checkedName(name);
        accessTtl = checkedAccessTtl(accessTtl);
        roleNames = checkedRoleNames(roleNames);
        origins = checkedOrigins(origins);
    }

    public static String checkedName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a client's name is 1 to 100 characters");
        }
        return name.strip();
    }

    /** Null (the server's default) or 60 to 86,400 seconds. */
    public static Duration checkedAccessTtl(Duration accessTtl) {
        if (accessTtl != null
                && (accessTtl.compareTo(SHORTEST_ACCESS_TTL) < 0 || accessTtl.compareTo(LONGEST_ACCESS_TTL) > 0)) {
            throw new IllegalArgumentException("access_ttl is 60 to 86,400 seconds");
        }
        return accessTtl;
    }

    /** At most 50 role names, each mapped to a word; both 1 to 64 letters, digits, spaces, {@code _.-}. */
    public static Map<String, String> checkedRoleNames(Map<String, String> roleNames) {
        Map<String, String> checked =
                roleNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(roleNames));
        if (checked.size() > MAX_ROLE_NAMES
                || checked.entrySet().stream()
                        .anyMatch(entry -> entry.getKey() == null
                                || entry.getValue() == null
                                || !ROLE_WORD.matcher(entry.getKey()).matches()
                                || !ROLE_WORD.matcher(entry.getValue()).matches())) {
            throw new IllegalArgumentException("role_names maps at most 50 role names to words of 1 to 64 characters");
        }
        return checked;
    }

    /** At most 20 browser origins, each {@code http(s)://host[:port]}. */
    public static List<String> checkedOrigins(List<String> origins) {
        if (origins != null && origins.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("an origin is not null");
        }
        List<String> checked = origins == null ? List.of() : List.copyOf(origins);
        if (checked.size() > MAX_ORIGINS
                || checked.stream().anyMatch(origin -> !ORIGIN.matcher(origin).matches())) {
            throw new IllegalArgumentException("origins are at most 20 of scheme://host[:port]");
        }
        return checked;
    }

    /** The native API at {@code /api/v1}: any tenant, the server's defaults. */
    public static final ClientApp BUILT_IN = new ClientApp(
            ClientId.NATIVE,
            TenantId.DEFAULT,
            "Gerbang",
            Dialect.NATIVE,
            Tenants.ANY,
            null,
            Refresh.ROTATE,
            Logout.SESSION,
            Signing.TENANT,
            Language.EN,
            Map.of(),
            List.of(),
            Kind.PUBLIC);

    /** A new client with the contract's defaults: the first value of each policy. */
    public static ClientApp withDefaults(ClientId id, TenantId tenant, String name) {
        return new ClientApp(
                id,
                tenant,
                name,
                Dialect.NATIVE,
                Tenants.OWN,
                null,
                Refresh.ROTATE,
                Logout.SESSION,
                Signing.TENANT,
                Language.EN,
                Map.of(),
                List.of(),
                Kind.PUBLIC);
    }

    /** How long this client's access tokens live. */
    public Duration accessTtlOr(Duration serverDefault) {
        return accessTtl == null ? serverDefault : accessTtl;
    }

    /**
     * The tenant a request through this client is in: its own, or with {@code tenants: any} the one the request
     * names (the default tenant when it names none).
     */
    public TenantId tenantFor(TenantId named) {
        if (tenants == Tenants.OWN) {
            return tenant;
        }
        return named == null ? TenantId.DEFAULT : named;
    }

    /**
     * The one role word a dialect answers for a person who holds {@code heldRoles} (role names in the order of
     * their assignments): the word of the first entry of {@code role_names} the person holds, else the first
     * assignment's role name as it is. Empty for a person without any assignment.
     */
    public java.util.Optional<RoleWord> roleWordFor(List<String> heldRoles) {
        for (Map.Entry<String, String> named : roleNames.entrySet()) {
            if (heldRoles.contains(named.getKey())) {
                return java.util.Optional.of(new RoleWord(named.getValue(), named.getKey()));
            }
        }
        return heldRoles.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new RoleWord(heldRoles.get(0), heldRoles.get(0)));
    }

    /** @param from the Gerbang role name the word stands for */
    public record RoleWord(String word, String from) {}

    /** Whether tokens of sessions opened through this client are HS256 under the client's own secret. */
    public boolean signsWithSharedSecret() {
        return signing == Signing.SHARED_SECRET;
    }

    /** Whether a refresh keeps the refresh token (no rotation, so no reuse detection either). */
    public boolean keepsRefreshToken() {
        return refresh == Refresh.REUSE;
    }

    /** Whether a logout by token or refresh token ends every session of the person. */
    public boolean logsOutEverywhere() {
        return logout == Logout.EVERYWHERE;
    }
}
