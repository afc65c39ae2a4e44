package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.StringCodec;

/**
 * Sessions in Redis, shared by every node. Each change is one Lua script, so it is atomic across threads
 * and processes:
 * <ul>
 *   <li>{@code <p>s:<sid>}: the session hash (see {@link SessionFields}), expiring with the session;</li>
 *   <li>{@code <p>r:<sha256>}: which session issued a refresh token (current or earlier);</li>
 *   <li>{@code <p>u:<tenant>:<user>}: the set of a user's session ids.</li>
 * </ul>
 * A replace checks the version it read; an end deletes the hash, so no replace can follow it.
 */
public class RedisSessions implements Sessions {

    private static final String OPEN = """
            redis.call('HSET', KEYS[1], unpack(ARGV, 4))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[3], ARGV[1])
            if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[2]) then
                redis.call('PEXPIRE', KEYS[3], ARGV[2])
            end
            return 1""";

    private static final String REPLACE = """
            if redis.call('HGET', KEYS[1], 'v') ~= ARGV[3] then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV, 4))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
            if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[2]) then
                redis.call('PEXPIRE', KEYS[3], ARGV[2])
            end
            return 1""";

    /** Ends one session: ARGV = prefix, sid. */
    private static final String END = """
            local h = redis.call('HMGET', KEYS[1], 'u', 't', 'cur', 'prev')
            if not h[1] then return 0 end
            redis.call('DEL', KEYS[1])
            redis.call('SREM', ARGV[1] .. 'u:' .. h[2] .. ':' .. h[1], ARGV[2])
            redis.call('DEL', ARGV[1] .. 'r:' .. h[3])
            if h[4] then redis.call('DEL', ARGV[1] .. 'r:' .. h[4]) end
            return 1""";

    /** Ends every session in a user's set but one: ARGV = prefix, sid to keep (or ''). */
    private static final String END_ALL = """
            local ended = 0
            for _, sid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                if sid ~= ARGV[2] then
                    local key = ARGV[1] .. 's:' .. sid
                    local h = redis.call('HMGET', key, 'cur', 'prev')
                    if h[1] then
                        ended = ended + 1
                        redis.call('DEL', key)
                        redis.call('DEL', ARGV[1] .. 'r:' .. h[1])
                        if h[2] then redis.call('DEL', ARGV[1] .. 'r:' .. h[2]) end
                    end
                    redis.call('SREM', KEYS[1], sid)
                end
            end
            return ended""";

    /** Live check with a coarse last-used stamp: ARGV = user id, now, minimum gap between stamps. */
    /** The positions (1-based) of the keys that exist. */
    private static final String LIVE_AMONG = """
            local live = {}
            for i, key in ipairs(KEYS) do
              if redis.call('exists', key) == 1 then live[#live + 1] = i end
            end
            return live""";

    private static final String IS_LIVE = """
            local h = redis.call('HMGET', KEYS[1], 'u', 'lu', 't')
            if h[1] ~= ARGV[1] or h[3] ~= ARGV[4] then return 0 end
            if tonumber(ARGV[2]) - tonumber(h[2]) > tonumber(ARGV[3]) then
                redis.call('HSET', KEYS[1], 'lu', ARGV[2])
            end
            return 1""";

    /** All sessions of a user as flat HGETALL arrays: ARGV = prefix. */
    private static final String ALL_OF = """
            local out = {}
            for _, sid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                local h = redis.call('HGETALL', ARGV[1] .. 's:' .. sid)
                if #h > 0 then
                    table.insert(h, 1, sid)
                    table.insert(out, h)
                end
            end
            return out""";

    /** The session a refresh token's family belongs to: KEYS = token key; ARGV = prefix. */
    private static final String HOLDING = """
            local sid = redis.call('GET', KEYS[1])
            if not sid then return {} end
            local h = redis.call('HGETALL', ARGV[1] .. 's:' .. sid)
            if #h == 0 then return {} end
            table.insert(h, 1, sid)
            return h""";

    private static final String DROP_STALE = """
            local dropped = 0
            for _, sid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                if redis.call('EXISTS', ARGV[1] .. 's:' .. sid) == 0 then
                    redis.call('SREM', KEYS[1], sid)
                    dropped = dropped + 1
                end
            end
            return dropped""";

    private static final Duration TOUCH_GAP = Duration.ofSeconds(30);

    private final RedissonClient redis;
    private final RScript script;
    private final String prefix;

    public RedisSessions(RedissonClient redis, String prefix) {
        this.redis = redis;
        this.script = redis.getScript(StringCodec.INSTANCE);
        this.prefix = prefix;
    }

    @Override
    public void open(Session session) {
        List<Object> args = new ArrayList<>();
        args.add(session.id().value());
        args.add(String.valueOf(timeToLive(session)));
        args.add("");
        args.addAll(SessionFields.opened(session));
        eval(OPEN, RScript.ReturnType.INTEGER, List.of(sessionKey(session.id()), tokenKey(session.current()),
                userKey(session.tenant(), session.user())), args);
    }

    @Override
    public Optional<Session> byId(SessionId id) {
        Map<String, String> hash = RedisFailures.guard(() ->
                redis.<String, String>getMap(sessionKey(id), StringCodec.INSTANCE).readAllMap());
        return hash.isEmpty() ? Optional.empty() : Optional.of(SessionFields.read(id, hash));
    }

    @Override
    public Optional<SessionId> issuerOf(RefreshTokenHash token) {
        String sid = RedisFailures.guard(() -> redis.<String>getBucket(tokenKey(token), StringCodec.INSTANCE).get());
        return sid == null || !SessionId.isWellFormed(sid) ? Optional.empty() : Optional.of(new SessionId(sid));
    }

    @Override
    public Optional<Session> holding(RefreshTokenHash token) {
        List<String> row = eval(HOLDING, RScript.ReturnType.MULTI, List.of(tokenKey(token)), List.of(prefix));
        return row.isEmpty() || !SessionId.isWellFormed(row.get(0)) ? Optional.empty() : Optional.of(sessionOf(row));
    }

    @Override
    public boolean replace(long expectedVersion, Session next) {
        List<Object> args = new ArrayList<>();
        args.add(next.id().value());
        args.add(String.valueOf(timeToLive(next)));
        args.add(String.valueOf(expectedVersion));
        args.addAll(SessionFields.changed(next));
        Long replaced = eval(REPLACE, RScript.ReturnType.INTEGER, List.of(sessionKey(next.id()),
                tokenKey(next.current()), userKey(next.tenant(), next.user())), args);
        return replaced == 1L;
    }

    @Override
    public boolean end(SessionId id) {
        Long ended = eval(END, RScript.ReturnType.INTEGER, List.of(sessionKey(id)), List.of(prefix, id.value()));
        return ended == 1L;
    }

    @Override
    public int endAllOf(TenantId tenant, UserId user, SessionId keep) {
        Long ended = eval(END_ALL, RScript.ReturnType.INTEGER, List.of(userKey(tenant, user)),
                List.of(prefix, keep == null ? "" : keep.value()));
        return ended.intValue();
    }

    @Override
    public List<Session> of(TenantId tenant, UserId user) {
        List<List<String>> rows = eval(ALL_OF, RScript.ReturnType.MULTI, List.of(userKey(tenant, user)),
                List.of(prefix));
        List<Session> sessions = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            sessions.add(sessionOf(row));
        }
        return sessions;
    }

    /** A session from a script's answer: its id, then HGETALL's name/value pairs. */
    private static Session sessionOf(List<String> row) {
        Map<String, String> hash = new HashMap<>();
        for (int i = 1; i + 1 < row.size(); i += 2) {
            hash.put(row.get(i), row.get(i + 1));
        }
        return SessionFields.read(new SessionId(row.get(0)), hash);
    }

    @Override
    public boolean isLive(SessionId id, UserId user, TenantId tenant, Instant now) {
        Long live = eval(IS_LIVE, RScript.ReturnType.INTEGER, List.of(sessionKey(id)),
                List.of(user.toString(), String.valueOf(now.toEpochMilli()), String.valueOf(TOUCH_GAP.toMillis()),
                        String.valueOf(tenant.value())));
        return live == 1L;
    }

    @Override
    public java.util.Set<SessionId> liveAmong(java.util.Collection<SessionId> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        List<SessionId> asked = List.copyOf(ids);
        List<Long> live = eval(LIVE_AMONG, RScript.ReturnType.MULTI,
                asked.stream().<Object>map(this::sessionKey).toList(), List.of());
        java.util.Set<SessionId> found = new java.util.HashSet<>();
        for (Long position : live) {
            found.add(asked.get(position.intValue() - 1));
        }
        return found;
    }

    @Override
    public int removeExpired(TenantId tenant) {
        return RedisFailures.guard(() -> {
            int dropped = 0;
            Iterable<String> keys = redis.getKeys().getKeys(KeysScanOptions.defaults()
                    .pattern(prefix + "u:" + tenant.value() + ":*").chunkSize(500));
            for (String key : keys) {
                Long count = script.eval(RScript.Mode.READ_WRITE, DROP_STALE, RScript.ReturnType.INTEGER,
                        List.of(key), prefix);
                dropped += count.intValue();
            }
            return dropped;
        });
    }

    /** Opening and rotating both stamp last-used with "now", so this is the lifetime left. */
    private static long timeToLive(Session session) {
        return Math.max(1, Duration.between(session.lastUsedAt(), session.expiresAt()).toMillis());
    }

    private <T> T eval(String lua, RScript.ReturnType type, List<Object> keys, List<?> args) {
        return RedisFailures.guard(() -> script.eval(RScript.Mode.READ_WRITE, lua, type, keys, args.toArray()));
    }

    private String sessionKey(SessionId id) {
        return prefix + "s:" + id.value();
    }

    private String tokenKey(RefreshTokenHash hash) {
        return prefix + "r:" + hash.value();
    }

    private String userKey(TenantId tenant, UserId user) {
        return prefix + "u:" + tenant.value() + ":" + user.value();
    }
}
