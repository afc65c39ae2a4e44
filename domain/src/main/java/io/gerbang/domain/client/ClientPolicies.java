package io.gerbang.domain.client;

/** The policy values a client app chooses among; the first of each is the default. */
public final class ClientPolicies {

    private ClientPolicies() {}

    /** {@code any}: the request's {@code X-Tenant-ID} picks the tenant; {@code own}: always the client's. */
    public enum Tenants {
        OWN,
        ANY
    }

    /**
     * {@code reuse}: a refresh answers a new access token and the refresh token stays good until the session ends,
     * for clients that keep their first refresh token. Such a session has no reuse detection.
     */
    public enum Refresh {
        ROTATE,
        REUSE
    }

    /** What a logout by token or refresh token ends: that session, or every session of the person. */
    public enum Logout {
        SESSION,
        EVERYWHERE
    }

    /** How the client's access tokens are signed: with the server's key, or HS256 under a secret of the client's. */
    public enum Signing {
        TENANT,
        SHARED_SECRET
    }

    /** The language of {@code error} words when a request names none. */
    public enum Language {
        EN,
        ID
    }

    /** A confidential client has a secret and may introspect and revoke tokens. */
    public enum Kind {
        PUBLIC,
        CONFIDENTIAL
    }

    /** A policy value as the contract writes it ({@code shared-secret}) to the enum constant. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            throw new IllegalArgumentException("no value");
        }
        for (E constant : type.getEnumConstants()) {
            if (written(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("not a value of " + type.getSimpleName());
    }

    /** The contract's word for a policy value: lower case, {@code -} for {@code _}. */
    public static String written(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
