package io.gerbang.adapters.persistence.redis;

import static io.gerbang.adapters.persistence.redis.SessionFields.CURRENT;
import static io.gerbang.adapters.persistence.redis.SessionFields.LAST_USED;
import static io.gerbang.adapters.persistence.redis.SessionFields.PREVIOUS;
import static io.gerbang.adapters.persistence.redis.SessionFields.TENANT;
import static io.gerbang.adapters.persistence.redis.SessionFields.USER;
import static io.gerbang.adapters.persistence.redis.SessionFields.VERSION;

import com.github.benmanes.caffeine.cache.Cache;
import io.gerbang.adapters.persistence.cache.NodeCaches;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redisson.api.BatchOptions;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.StringCodec;

/**
 * Sessions in Redis, shared by every node, ready for Redis Cluster: each script names every key it touches
 * in KEYS, and those keys are all in one hash slot, the owner's:
 * <ul>
 *   <li>{@code <p>s:{<tenant>:<user>}:<sid>}: the session hash (see {@link SessionFields}), expiring with the
 * session;</li>
 *   <li>{@code <p>u:{<tenant>:<user>}}: the set of the user's session ids;</li>
 *   <li>{@code <p>e:{<tenant>:<user>}}: the user's {@link SessionEpoch}, moved on before every "end all".</li>
 * </ul>
 * So opening, rotating and ending a session, and ending all of a user's, are each one atomic script. Only the
 * refresh-token index, {@code <p>r:<sha256>} ({@code <tenant>:<user>:<sid>} of the session whose family issued
 * the token), lies in a slot of its own: the contract's token is 32 random bytes, so nothing in it can name
 * the owner's slot. It is written with the session that it points to (on a Cluster beside it, and a refused
 * opening deletes it again) and deleted after the session, so a step that fails in between leaves only an entry
 * that points to no session (refused like an unknown token) and that expires by itself.
 * <p>On a single Redis (no Cluster), the two calls of a refresh each keep to one round trip: the lookup reads
 * the index and then the session it names in one script ({@link #HOLDING_ON_ONE}, whose second key cannot be
 * named in KEYS before the index is read, which only a single Redis allows), and a rotation writes the
 * successor's index entry in its own script (keys of several slots, likewise), as a sign-in's opening writes its
 * first token's. Measured, the two steps a Cluster needs cost a refresh half as much CPU again
 * ({@code bench/README.md}). A refresh that comes back to the node that last wrote its session skips the lookup
 * ({@link #writtenHere}). The sockets' live check likewise asks for all their sessions in one script there, and in
 * one batch of EXISTS on a Cluster.
 * <p>A replace checks the version it read; an end deletes the hash, so no replace can follow it.
 */
public class RedisSessions implements Sessions, AutoCloseable {

    /**
     * The session-ending steps, shared by {@link #END} and {@link #END_ALL}: the hash and its set entry go, and its
     * key is announced on the channel (the last ARGV) in the same step, for every node's {@link SessionsSeenLive}.
     */
    private static final String END_SESSION = """
            local function end_session(session, sessions, sid)
                local tokens = redis.call('HMGET', session, '%s', '%s')
                if not tokens[1] then return nil end
                redis.call('DEL', session)
                redis.call('SREM', sessions, sid)
                redis.call('PUBLISH', ARGV[#ARGV], session)
                return tokens
            end
            """.formatted(CURRENT, PREVIOUS);

    /**
     * KEYS: session, user's set, user's epoch, and on a single Redis the first token's index entry (a Cluster keeps
     * it in a slot of its own, written beside); ARGV: sid, time to live, the epoch the sign-in read, the issuer,
     * then the fields. Opens nothing (0) once the epoch moved.
     */
    private static final String OPEN = """
            if (redis.call('GET', KEYS[3]) or '0') ~= ARGV[3] then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV, 5))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            if KEYS[4] then redis.call('SET', KEYS[4], ARGV[4], 'PX', ARGV[2]) end
            redis.call('SADD', KEYS[2], ARGV[1])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then
                redis.call('PEXPIRE', KEYS[2], ARGV[2])
            end
            return 1""";

    /**
     * KEYS: session, user's set, and on a single Redis the successor's index entry (on a Cluster written beside);
     * ARGV: time to live, expected version, the issuer, then the changed fields.
     */
    private static final String REPLACE = """
            if redis.call('HGET', KEYS[1], '%s') ~= ARGV[2] then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV, 4))
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            if KEYS[3] then redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[1]) end
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[1]) then
                redis.call('PEXPIRE', KEYS[2], ARGV[1])
            end
            return 1""".formatted(VERSION);

    /**
     * A single Redis only. KEYS: the token's index entry; ARGV: the key prefix. The issuer and HGETALL's pairs of
     * its session, or nothing.
     */
    private static final String HOLDING_ON_ONE = """
            local issuer = redis.call('GET', KEYS[1])
            if not issuer then return {} end
            local tenant, user, sid = string.match(issuer, '^(%d+):(%d+):(%x+)$')
            if not sid then return {} end
            local h = redis.call('HGETALL', ARGV[1] .. 's:{' .. tenant .. ':' .. user .. '}:' .. sid)
            if #h == 0 then return {} end
            table.insert(h, 1, issuer)
            return h""";

    /**
     * KEYS: session, user's set; ARGV: sid, the ends' channel. Returns the ended session's token hashes, none if it
     * was not live.
     */
    private static final String END = END_SESSION + """
            local tokens = end_session(KEYS[1], KEYS[2], ARGV[1])
            local out = {}
            if tokens then
                for _, token in ipairs(tokens) do if token then out[#out + 1] = token end end
            end
            return out""";

    /**
     * KEYS: the user's set, then the session of each sid in ARGV[2..#ARGV-1]; ARGV[1]: the sid to keep (or ''), the
     * last ARGV: the ends' channel.
     * Ends the named sessions; returns how many ended, whether the set holds sids it was not given (opened
     * since they were read: another round ends them), then the ended sessions' token hashes.
     */
    private static final String END_ALL = END_SESSION + """
            local named = {}
            for i = 2, #ARGV - 1 do named[ARGV[i]] = true end
            local more = 0
            for _, sid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                if sid ~= ARGV[1] and not named[sid] then more = 1 end
            end
            local ended, out = 0, {}
            for i = 2, #ARGV - 1 do
                if ARGV[i] ~= ARGV[1] then
                    local tokens = end_session(KEYS[i], KEYS[1], ARGV[i])
                    if tokens then
                        ended = ended + 1
                        for _, token in ipairs(tokens) do if token then out[#out + 1] = token end end
                    else
                        redis.call('SREM', KEYS[1], ARGV[i])
                    end
                end
            end
            table.insert(out, 1, tostring(more))
            table.insert(out, 1, tostring(ended))
            return out""";

    /** KEYS: the user's epoch; ARGV: how long it is kept. Moves it on. */
    private static final String NEXT_EPOCH = """
            local epoch = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return epoch""";

    /**
     * KEYS: session; ARGV: user, tenant, now, the least time between two stamps of last use. 0 when not live, else
     * how many milliseconds it has left (1 when that is not known).
     */
    private static final String IS_LIVE = """
            local h = redis.call('HMGET', KEYS[1], '%s', '%s', '%s')
            if h[1] ~= ARGV[1] or h[3] ~= ARGV[2] then return 0 end
            if tonumber(ARGV[3]) - tonumber(h[2]) > tonumber(ARGV[4]) then
                redis.call('HSET', KEYS[1], '%s', ARGV[3])
            end
            local left = redis.call('PTTL', KEYS[1])
            if left < 1 then return 1 end
            return left""".formatted(USER, LAST_USED, TENANT, LAST_USED);

    /** A single Redis only (keys of many slots). KEYS: sessions. The positions (1-based) of those that exist. */
    private static final String LIVE_AMONG_ON_ONE = """
            local live = {}
            for i, key in ipairs(KEYS) do
                if redis.call('EXISTS', key) == 1 then live[#live + 1] = i end
            end
            return live""";

    /** KEYS: sessions; ARGV: their sids. Each live one as its sid followed by HGETALL's pairs. */
    private static final String READ_ALL = """
            local out = {}
            for i, key in ipairs(KEYS) do
                local h = redis.call('HGETALL', key)
                if #h > 0 then
                    table.insert(h, 1, ARGV[i])
                    out[#out + 1] = h
                end
            end
            return out""";

    /** KEYS: the user's set, then the session of each sid in ARGV. Drops the sids whose session expired. */
    private static final String DROP_STALE = """
            local dropped = 0
            for i = 1, #ARGV do
                if redis.call('EXISTS', KEYS[i + 1]) == 0 then
                    dropped = dropped + redis.call('SREM', KEYS[1], ARGV[i])
                end
            end
            return dropped""";

    private static final Duration TOUCH_GAP = Duration.ofSeconds(30);
    /**
     * How long this node believes a session it found live without asking again (unless its end is announced first):
     * half the touch gap, so a session in use has its last use stamped at most 45 s late.
     */
    private static final Duration SEEN_LIVE_FOR = TOUCH_GAP.dividedBy(2);

    /**
     * How many of its own writes a node keeps ({@link #writtenHere}), and for how long: a copy is a session of a
     * few hundred bytes with its replay token, so at most a few megabytes; an hour covers the refresh interval of the
     * default 15-minute access tokens (a refresh after a copy went reads the session from Redis, as any other does).
     */
    private static final int WRITTEN_HERE_KEPT = 10_000;

    private static final Duration WRITTEN_HERE_FOR = Duration.ofHours(1);
    /**
     * How long an epoch is kept after it last moved: far longer than any sign-in takes (a second-factor challenge
     * lasts 5 minutes). One that expired reads as the first again, which refuses the sign-ins that read it before.
     */
    private static final Duration EPOCH_KEPT = Duration.ofDays(1);
    /** Rounds of "end all" while sessions keep being opened under it; each round ends all it was given. */
    private static final int END_ALL_ROUNDS = 8;

    private final RedissonClient redis;
    private final RScript script;
    private final String prefix;
    private final boolean cluster;
    private final String endsChannel;
    /** What this node found live lately; null: every check asks Redis (the store alone, for tools and tests). */
    private final SessionsSeenLive seenLive;
    /**
     * This node's own last write of each session, by its current refresh token ({@link #writtenHere}): a refresh
     * that comes back to this node reads nothing before its rotation, whose version check catches a stale copy.
     */
    private final Cache<RefreshTokenHash, Session> writtenHere = NodeCaches.bounded(WRITTEN_HERE_KEPT)
            .expireAfterWrite(WRITTEN_HERE_FOR)
            .build();

    /** Sessions that ask Redis at every check. */
    public RedisSessions(RedissonClient redis, String prefix) {
        this(redis, prefix, false);
    }

    /**
     * With {@code viewLive}, a session found live is believed on this node, without asking, until its end is
     * announced or {@link #SEEN_LIVE_FOR} has passed (see {@link SessionsSeenLive}).
     */
    public RedisSessions(RedissonClient redis, String prefix, boolean viewLive) {
        this.redis = redis;
        this.script = redis.getScript(StringCodec.INSTANCE);
        this.prefix = prefix;
        this.cluster = redis.getConfig().isClusterConfig();
        this.endsChannel = prefix + "session-ends";
        this.seenLive = viewLive ? new SessionsSeenLive(redis, endsChannel, SEEN_LIVE_FOR) : null;
    }

    @Override
    public void close() {
        if (seenLive != null) {
            seenLive.close();
        }
    }

    @Override
    public boolean open(Session session, SessionEpoch signedInUnder) {
        long ttl = timeToLive(session);
        String issuer = issuerOf(session.ref());
        List<Object> args = new ArrayList<>();
        args.add(session.id().value());
        args.add(String.valueOf(ttl));
        args.add(signedInUnder.toString());
        args.add(issuer);
        args.addAll(SessionFields.opened(session));
        List<Object> keys = List.of(
                sessionKey(session.ref()),
                userKey(session.tenant(), session.user()),
                epochKey(session.tenant(), session.user()));
        boolean opened = indexedWith(OPEN, keys, args, session.current(), issuer, ttl);
        if (opened) {
            wroteHere(session);
        } else if (cluster) {
            // refused: the index entry written beside it points to no session; it goes now rather than with its TTL
            forget(List.of(session.current().value()));
        }
        return opened;
    }

    @Override
    public Optional<Session> writtenHere(RefreshTokenHash current) {
        return Optional.ofNullable(writtenHere.getIfPresent(current));
    }

    /** Notes a write this node made: the session under its current token, no longer under the one it replaced. */
    private void wroteHere(Session session) {
        if (session.previous() != null) {
            writtenHere.invalidate(session.previous());
        }
        writtenHere.put(session.current(), session);
    }

    @Override
    public SessionEpoch epochOf(TenantId tenant, UserId user) {
        String epoch = RedisFailures.guard(() -> redis.<String>getBucket(epochKey(tenant, user), StringCodec.INSTANCE)
                .get());
        return epoch == null ? SessionEpoch.FIRST : new SessionEpoch(Long.parseLong(epoch));
    }

    @Override
    public Optional<Session> byId(SessionRef session) {
        Map<String, String> hash =
                RedisFailures.guard(() -> redis.<String, String>getMap(sessionKey(session), StringCodec.INSTANCE)
                        .readAllMap());
        return hash.isEmpty() ? Optional.empty() : Optional.of(SessionFields.read(session.id(), hash));
    }

    @Override
    public Optional<Session> holding(RefreshTokenHash token) {
        if (!cluster) {
            List<String> row =
                    eval(HOLDING_ON_ONE, RScript.ReturnType.MULTI, List.of(tokenKey(token)), List.of(prefix));
            return row.isEmpty() ? Optional.empty() : refOf(row.get(0)).map(issuer -> sessionOf(issuer.id(), row));
        }
        String issuer = RedisFailures.guard(() ->
                redis.<String>getBucket(tokenKey(token), StringCodec.INSTANCE).get());
        return refOf(issuer).flatMap(this::byId);
    }

    @Override
    public boolean replace(long expectedVersion, Session next) {
        long ttl = timeToLive(next);
        String issuer = issuerOf(next.ref());
        List<Object> args = new ArrayList<>();
        args.add(String.valueOf(ttl));
        args.add(String.valueOf(expectedVersion));
        args.add(issuer);
        args.addAll(SessionFields.changed(next));
        // a lost rotation on a Cluster leaves an entry for a token nobody was given, which points to a session
        // that never had it
        boolean replaced = indexedWith(
                REPLACE,
                List.of(sessionKey(next.ref()), userKey(next.tenant(), next.user())),
                args,
                next.current(),
                issuer,
                ttl);
        if (replaced) {
            wroteHere(next);
        }
        return replaced;
    }

    /**
     * Runs {@link #OPEN} or {@link #REPLACE} together with the index entry of the session's newest token: on a
     * single Redis the script writes the entry itself (given its key last), on a Cluster the entry, in a slot of its
     * own, is written beside the script, both sent at once. Whether the script did its work.
     */
    private boolean indexedWith(
            String script, List<Object> keys, List<Object> args, RefreshTokenHash token, String issuer, long ttl) {
        if (!cluster) {
            List<Object> withIndex = new ArrayList<>(keys);
            withIndex.add(tokenKey(token));
            return eval(script, RScript.ReturnType.INTEGER, withIndex, args).equals(1L);
        }
        RFuture<Void> indexed =
                redis.<String>getBucket(tokenKey(token), StringCodec.INSTANCE).setAsync(issuer, Duration.ofMillis(ttl));
        Long done = eval(script, RScript.ReturnType.INTEGER, keys, args);
        RedisFailures.guard(() -> indexed.toCompletableFuture().join());
        return done == 1L;
    }

    @Override
    public boolean end(SessionRef session) {
        List<String> tokens = eval(
                END,
                RScript.ReturnType.MULTI,
                List.of(sessionKey(session), userKey(session.tenant(), session.user())),
                List.of(session.id().value(), endsChannel));
        endedHere(sessionKey(session));
        forget(tokens);
        return !tokens.isEmpty();
    }

    @Override
    public int endAllOf(TenantId tenant, UserId user, SessionId keep) {
        String userKey = userKey(tenant, user);
        // first the epoch: a sign-in that opens after this finds it moved, one that opened before is in the set
        eval(
                NEXT_EPOCH,
                RScript.ReturnType.INTEGER,
                List.of(epochKey(tenant, user)),
                List.of(String.valueOf(EPOCH_KEPT.toMillis())));
        int ended = 0;
        for (int round = 0; round < END_ALL_ROUNDS; round++) {
            List<SessionRef> named = sessionsIn(userKey, tenant, user);
            List<Object> keys = new ArrayList<>(named.size() + 1);
            List<Object> args = new ArrayList<>(named.size() + 1);
            keys.add(userKey);
            args.add(keep == null ? "" : keep.value());
            for (SessionRef session : named) {
                keys.add(sessionKey(session));
                args.add(session.id().value());
            }
            args.add(endsChannel);
            List<String> answer = eval(END_ALL, RScript.ReturnType.MULTI, keys, args);
            for (Object key : keys.subList(1, keys.size())) {
                endedHere((String) key);
            }
            ended += Integer.parseInt(answer.get(0));
            forget(answer.subList(2, answer.size()));
            if ("0".equals(answer.get(1))) {
                return ended;
            }
        }
        return ended;
    }

    @Override
    public List<Session> of(TenantId tenant, UserId user) {
        List<SessionRef> refs = sessionsIn(userKey(tenant, user), tenant, user);
        if (refs.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = eval(
                READ_ALL,
                RScript.ReturnType.MULTI,
                refs.stream().<Object>map(this::sessionKey).toList(),
                refs.stream().map(ref -> ref.id().value()).toList());
        List<Session> sessions = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            sessions.add(sessionOf(row));
        }
        return sessions;
    }

    /** A session from a script's answer: its id, then HGETALL's name/value pairs. */
    private static Session sessionOf(List<String> row) {
        return sessionOf(new SessionId(row.get(0)), row);
    }

    /** A session from a script's answer: one heading element, then HGETALL's name/value pairs. */
    private static Session sessionOf(SessionId id, List<String> row) {
        Map<String, String> hash = new HashMap<>();
        for (int i = 1; i + 1 < row.size(); i += 2) {
            hash.put(row.get(i), row.get(i + 1));
        }
        return SessionFields.read(id, hash);
    }

    @Override
    public boolean isLive(SessionRef session, Instant now) {
        String key = sessionKey(session);
        if (seenLive != null && seenLive.isLive(key, now)) {
            return true;
        }
        long generation = seenLive == null ? 0 : seenLive.generation();
        Long left = eval(
                IS_LIVE,
                RScript.ReturnType.INTEGER,
                List.of(key),
                List.of(
                        session.user().toString(),
                        String.valueOf(session.tenant().value()),
                        String.valueOf(now.toEpochMilli()),
                        String.valueOf(TOUCH_GAP.toMillis())));
        if (left > 0 && seenLive != null) {
            seenLive.seen(key, generation, now, left);
        }
        return left > 0;
    }

    @Override
    public Set<SessionRef> liveAmong(Collection<SessionRef> sessions) {
        if (sessions.isEmpty()) {
            return Set.of();
        }
        List<SessionRef> asked = List.copyOf(sessions);
        if (!cluster) {
            // one script for all (the chat's sweep asks for every open socket's session twice a second)
            List<Long> live = eval(
                    LIVE_AMONG_ON_ONE,
                    RScript.ReturnType.MULTI,
                    asked.stream().<Object>map(this::sessionKey).toList(),
                    List.of());
            Set<SessionRef> found = new HashSet<>();
            for (Long position : live) {
                found.add(asked.get(position.intValue() - 1));
            }
            return found;
        }
        // one EXISTS per session, in one batch: on a cluster Redisson sends each node its own share at once
        RBatch batch = redis.createBatch(BatchOptions.defaults());
        List<RFuture<Boolean>> answers = new ArrayList<>(asked.size());
        for (SessionRef session : asked) {
            answers.add(
                    batch.getBucket(sessionKey(session), StringCodec.INSTANCE).isExistsAsync());
        }
        RedisFailures.guard(batch::execute);
        Set<SessionRef> live = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            if (Boolean.TRUE.equals(answers.get(i).toCompletableFuture().join())) {
                live.add(asked.get(i));
            }
        }
        return live;
    }

    @Override
    public int removeExpired(TenantId tenant) {
        return RedisFailures.guard(() -> {
            int dropped = 0;
            String sets = prefix + "u:{" + tenant.value() + ":";
            Iterable<String> keys = redis.getKeys()
                    .getKeys(KeysScanOptions.defaults().pattern(sets + "*").chunkSize(500));
            for (String key : keys) {
                Optional<UserId> user = userOf(key, sets);
                if (user.isEmpty()) {
                    continue;
                }
                List<Object> sessionKeys = new ArrayList<>();
                List<Object> sids = new ArrayList<>();
                sessionKeys.add(key);
                for (SessionRef session : sessionsIn(key, tenant, user.get())) {
                    sessionKeys.add(sessionKey(session));
                    sids.add(session.id().value());
                }
                Long count = script.eval(
                        key,
                        RScript.Mode.READ_WRITE,
                        DROP_STALE,
                        RScript.ReturnType.INTEGER,
                        sessionKeys,
                        sids.toArray());
                dropped += count.intValue();
            }
            return dropped;
        });
    }

    /** The user of a set's key {@code <p>u:{<tenant>:<user>}}. */
    private static Optional<UserId> userOf(String key, String setsOfTenant) {
        String rest = key.substring(setsOfTenant.length());
        if (!rest.endsWith("}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserId(Long.parseLong(rest.substring(0, rest.length() - 1))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** This node forgets at once what it ended (its own announcement comes back only later). */
    private void endedHere(String sessionKey) {
        if (seenLive != null) {
            seenLive.ended(sessionKey);
        }
    }

    /** Opening and rotating both stamp last-used with "now", so this is the lifetime left. */
    private static long timeToLive(Session session) {
        return Math.max(
                1, Duration.between(session.lastUsedAt(), session.expiresAt()).toMillis());
    }

    /** Deletes ended sessions' token index entries (each in a slot of its own). */
    private void forget(List<String> tokenHashes) {
        tokenHashes.forEach(hash -> writtenHere.invalidate(new RefreshTokenHash(hash)));
        if (!tokenHashes.isEmpty()) {
            RedisFailures.guard(() -> redis.getKeys()
                    .delete(tokenHashes.stream()
                            .map(hash -> prefix + "r:" + hash)
                            .toArray(String[]::new)));
        }
    }

    /** The sessions a user's set names (what is not a session id is not ours, and is passed over). */
    private List<SessionRef> sessionsIn(String userKey, TenantId tenant, UserId user) {
        Set<String> sids = RedisFailures.guard(
                () -> redis.<String>getSet(userKey, StringCodec.INSTANCE).readAll());
        return sids.stream()
                .filter(SessionId::isWellFormed)
                .map(sid -> new SessionRef(tenant, user, new SessionId(sid)))
                .toList();
    }

    private <T> T eval(String lua, RScript.ReturnType type, List<Object> keys, List<?> args) {
        // the first key routes the script to its slot's node (all its keys share that slot)
        return RedisFailures.guard(
                () -> script.eval((String) keys.get(0), RScript.Mode.READ_WRITE, lua, type, keys, args.toArray()));
    }

    private static String issuerOf(SessionRef session) {
        return session.tenant().value() + ":" + session.user().value() + ":"
                + session.id().value();
    }

    private static Optional<SessionRef> refOf(String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        String[] parts = issuer.split(":", 3);
        if (parts.length != 3 || !SessionId.isWellFormed(parts[2])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionRef(
                    new TenantId(Long.parseLong(parts[0])),
                    new UserId(Long.parseLong(parts[1])),
                    new SessionId(parts[2])));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** Every key of one user's sessions carries this hash tag, so they share a slot. */
    private static String tagOf(TenantId tenant, UserId user) {
        return "{" + tenant.value() + ":" + user.value() + "}";
    }

    private String sessionKey(SessionRef session) {
        return prefix + "s:" + tagOf(session.tenant(), session.user()) + ":"
                + session.id().value();
    }

    private String tokenKey(RefreshTokenHash hash) {
        return prefix + "r:" + hash.value();
    }

    private String epochKey(TenantId tenant, UserId user) {
        return prefix + "e:" + tagOf(tenant, user);
    }

    private String userKey(TenantId tenant, UserId user) {
        return prefix + "u:" + tagOf(tenant, user);
    }
}
