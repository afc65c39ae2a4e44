package io.gerbang.adapters.persistence.redis;

import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.GraceReplay;
import io.gerbang.domain.session.IssuedAccessToken;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a session is laid out in its Redis hash. Short field names keep a session small (the hash stays in
 * Redis's compact encoding); times are epoch milliseconds.
 */
final class SessionFields {

    static final String USER = "u";
    static final String TENANT = "t";
    static final String CREATED = "c";
    static final String LAST_USED = "lu";
    static final String EXPIRES = "e";
    static final String USER_AGENT = "ua";
    static final String IP = "ip";
    /** The client app; absent on sessions opened before client apps (the native API). */
    static final String APP = "ca";

    static final String CURRENT = "cur";
    static final String PREVIOUS = "prev";
    static final String ROTATED = "rot";
    static final String NONCE = "n";
    static final String REPLAY_ACCESS = "acc";
    static final String ACCESS_ID = "aj";
    static final String ACCESS_EXPIRES = "ae";
    static final String VERSION = "v";

    private SessionFields() {}

    /** Every field of a newly opened session, as name/value pairs. */
    static List<Object> opened(Session session) {
        List<Object> fields = new ArrayList<>(24);
        add(fields, USER, session.user().value());
        add(fields, TENANT, session.tenant().value());
        add(fields, CREATED, session.createdAt().toEpochMilli());
        add(fields, USER_AGENT, session.client().userAgent());
        add(fields, IP, session.client().ip());
        if (!ClientId.NATIVE.equals(session.client().app())) {
            add(fields, APP, session.client().app().value());
        }
        fields.addAll(changed(session));
        return fields;
    }

    /** The fields a rotation changes. */
    static List<Object> changed(Session session) {
        List<Object> fields = new ArrayList<>(20);
        add(fields, LAST_USED, session.lastUsedAt().toEpochMilli());
        add(fields, EXPIRES, session.expiresAt().toEpochMilli());
        add(fields, CURRENT, session.current().value());
        add(
                fields,
                PREVIOUS,
                session.previous() == null ? null : session.previous().value());
        add(
                fields,
                ROTATED,
                session.rotatedAt() == null ? null : session.rotatedAt().toEpochMilli());
        add(fields, NONCE, session.replay() == null ? null : session.replay().successorNonce());
        add(
                fields,
                REPLAY_ACCESS,
                session.replay() == null ? null : session.replay().accessToken().value());
        add(fields, ACCESS_ID, session.access().tokenId());
        add(fields, ACCESS_EXPIRES, session.access().expiresAt().toEpochMilli());
        add(fields, VERSION, session.version());
        return fields;
    }

    private static void add(List<Object> fields, String name, Object value) {
        if (value != null) {
            fields.add(name);
            fields.add(String.valueOf(value));
        }
    }

    static Session read(SessionId id, Map<String, String> hash) {
        String nonce = hash.get(NONCE);
        String replayAccess = hash.get(REPLAY_ACCESS);
        return Session.reconstitute(
                id,
                new UserId(Long.parseLong(hash.get(USER))),
                new TenantId(Long.parseLong(hash.get(TENANT))),
                new ClientInfo(
                        hash.get(USER_AGENT), hash.get(IP), hash.get(APP) == null ? null : new ClientId(hash.get(APP))),
                instant(hash.get(CREATED)),
                instant(hash.get(LAST_USED)),
                instant(hash.get(EXPIRES)),
                new RefreshTokenHash(hash.get(CURRENT)),
                hash.get(PREVIOUS) == null ? null : new RefreshTokenHash(hash.get(PREVIOUS)),
                hash.get(ROTATED) == null ? null : instant(hash.get(ROTATED)),
                nonce == null || replayAccess == null ? null : new GraceReplay(nonce, new AccessToken(replayAccess)),
                new IssuedAccessToken(hash.get(ACCESS_ID), instant(hash.get(ACCESS_EXPIRES))),
                Long.parseLong(hash.get(VERSION)));
    }

    private static Instant instant(String millis) {
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
