package io.gerbang.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.GraceReplay;
import io.gerbang.domain.session.IssuedAccessToken;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Sessions} store must do: run against the real servers by each adapter ({@code RedisSessionsTest},
 * {@code RedisClusterSessionsTest}) and against the in-memory store the application's tests use, so that those tests
 * rest on the same behaviour. Shared through this module's test jar.
 */
public abstract class SessionsContract {

    protected static final TenantId TENANT = new TenantId(1);
    protected static final Duration LIFETIME = Duration.ofDays(7);
    protected static final Duration GRACE = Duration.ofSeconds(10);

    protected abstract Sessions sessions();

    /** The same store as another node sees it. */
    protected abstract Sessions anotherNode();

    protected static RefreshTokenHash randomHash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return new RefreshTokenHash(HexFormat.of().formatHex(bytes));
    }

    protected static SessionId randomSessionId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return new SessionId(HexFormat.of().formatHex(bytes));
    }

    protected static Session newSession(UserId user, Instant now, Duration lifetime) {
        return Session.open(
                randomSessionId(),
                user,
                TENANT,
                new ClientInfo("JUnit", "127.0.0.1"),
                randomHash(),
                new IssuedAccessToken("jti-" + ThreadLocalRandom.current().nextInt(), now.plusSeconds(900)),
                now,
                lifetime);
    }

    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    protected static UserId someUser() {
        return new UserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }

    protected static Session rotated(Session session, Instant at) {
        return session.rotate(
                session.current(),
                randomHash(),
                new GraceReplay("nonce", new AccessToken("access-token")),
                new IssuedAccessToken("jti-next", at.plusSeconds(900)),
                at,
                LIFETIME,
                GRACE);
    }

    @Test
    void readsBackASessionAsItWasOpened() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);

        Session read = sessions().byId(opened.ref()).orElseThrow();

        assertThat(read.user()).isEqualTo(opened.user());
        assertThat(read.tenant()).isEqualTo(opened.tenant());
        assertThat(read.current()).isEqualTo(opened.current());
        assertThat(read.previous()).isNull();
        assertThat(read.createdAt()).isEqualTo(opened.createdAt());
        assertThat(read.expiresAt()).isEqualTo(opened.expiresAt());
        assertThat(read.client()).isEqualTo(opened.client());
        assertThat(read.access()).isEqualTo(opened.access());
        assertThat(read.version()).isZero();
    }

    @Test
    void tellsWhichOfManySessionsAreLiveInOneGo() {
        Session kept = newSession(someUser(), now(), LIFETIME);
        Session ended = newSession(someUser(), now(), LIFETIME);
        sessions().open(kept, SessionEpoch.FIRST);
        sessions().open(ended, SessionEpoch.FIRST);
        sessions().end(ended.ref());
        SessionRef never = new SessionRef(TENANT, kept.user(), randomSessionId());

        assertThat(sessions().liveAmong(java.util.List.of(kept.ref(), ended.ref(), never)))
                .containsExactly(kept.ref());
        assertThat(sessions().liveAmong(java.util.List.of())).isEmpty();
    }

    @Test
    void knowsWhichSessionIssuedARefreshToken() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);

        assertThat(sessions().holding(opened.current()))
                .get()
                .extracting(Session::id)
                .isEqualTo(opened.id());
        assertThat(sessions().holding(randomHash())).isEmpty();
    }

    @Test
    void aNodeKeepsItsOwnLastWriteOfASessionUnderItsCurrentTokenWhichAnotherNodesWriteMakesStale() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);

        assertThat(sessions().writtenHere(opened.current())).get().isSameAs(opened);
        assertThat(anotherNode().writtenHere(opened.current()))
                .as("not written there")
                .isEmpty();

        Session next = rotated(opened, now());
        assertThat(anotherNode().replace(opened.version(), next)).isTrue();
        assertThat(anotherNode().writtenHere(next.current())).get().isSameAs(next);
        assertThat(anotherNode().writtenHere(opened.current()))
                .as("no longer its current token")
                .isEmpty();
        assertThat(sessions().writtenHere(next.current())).isEmpty();

        Session stale = sessions().writtenHere(opened.current()).orElseThrow();
        assertThat(sessions().replace(stale.version(), rotated(stale, now())))
                .as("a replace from a stale copy fails")
                .isFalse();
        assertThat(sessions().holding(next.current()))
                .get()
                .extracting(Session::version)
                .isEqualTo(1L);
    }

    @Test
    void replacesOnlyFromTheVersionItWasReadAt() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);
        Session next = rotated(opened, now());

        assertThat(sessions().replace(opened.version(), next)).isTrue();
        assertThat(sessions().replace(opened.version(), rotated(opened, now()))).isFalse();

        Session stored = sessions().byId(opened.ref()).orElseThrow();
        assertThat(stored.current()).isEqualTo(next.current());
        assertThat(stored.previous()).isEqualTo(opened.current());
        assertThat(stored.replay()).isEqualTo(next.replay());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(sessions().holding(next.current()))
                .get()
                .extracting(Session::version)
                .isEqualTo(next.version());
        assertThat(sessions().holding(opened.current()))
                .get()
                .extracting(Session::id)
                .isEqualTo(opened.id());
    }

    @Test
    void everyTokenAFamilyWasGivenStillNamesItsSessionSoAnOldOneShowsReuse() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);
        Session second = rotated(opened, now());
        sessions().replace(opened.version(), second);
        Session third = rotated(second, now());
        sessions().replace(second.version(), third);

        assertThat(sessions().holding(opened.current()))
                .get()
                .extracting(Session::version)
                .isEqualTo(2L);
        assertThat(sessions().holding(third.current()))
                .get()
                .extracting(Session::id)
                .isEqualTo(opened.id());
    }

    @Test
    void ofManyConcurrentReplacesFromOneVersionExactlyOneWins() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);
        AtomicInteger wins = new AtomicInteger();

        IntStream.range(0, 64).parallel().forEach(i -> {
            if (sessions().replace(opened.version(), rotated(opened, now()))) {
                wins.incrementAndGet();
            }
        });

        assertThat(wins).hasValue(1);
    }

    @Test
    void anEndedSessionCannotBeBroughtBackByAReplace() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);

        assertThat(sessions().end(opened.ref())).isTrue();

        assertThat(sessions().replace(opened.version(), rotated(opened, now()))).isFalse();
        assertThat(sessions().byId(opened.ref())).isEmpty();
        assertThat(sessions().holding(opened.current())).isEmpty();
        assertThat(sessions().end(opened.ref())).isFalse();
    }

    @Test
    void endsEverySessionOfAUserButTheOneToKeep() {
        UserId user = someUser();
        Session keep = newSession(user, now(), LIFETIME);
        Session other = newSession(user, now(), LIFETIME);
        Session third = newSession(user, now(), LIFETIME);
        Session someoneElses = newSession(someUser(), now(), LIFETIME);
        List.of(keep, other, third, someoneElses).forEach(session -> sessions().open(session, SessionEpoch.FIRST));

        assertThat(sessions().endAllOf(TENANT, user, keep.id())).isEqualTo(2);

        assertThat(sessions().of(TENANT, user)).extracting(Session::id).containsExactly(keep.id());
        assertThat(sessions().byId(someoneElses.ref())).isPresent();
        assertThat(sessions().endAllOf(TENANT, user, null)).isEqualTo(1);
        assertThat(sessions().of(TENANT, user)).isEmpty();
    }

    @Test
    void aSignInThatReadTheEpochBeforeEveryoneWasSignedOutOpensNothing() {
        UserId user = someUser();
        SessionEpoch read = sessions().epochOf(TENANT, user);
        Session before = newSession(user, now(), LIFETIME);
        assertThat(sessions().open(before, read)).isTrue();

        sessions().endAllOf(TENANT, user, null);

        Session late = newSession(user, now(), LIFETIME);
        assertThat(sessions().open(late, read)).isFalse();
        assertThat(sessions().byId(late.ref())).isEmpty();
        assertThat(sessions().holding(late.current()))
                .as("nothing of it is left")
                .isEmpty();
        assertThat(sessions().byId(before.ref())).isEmpty();
        SessionEpoch now = sessions().epochOf(TENANT, user);
        assertThat(read.admitsOpeningAt(now)).isFalse();
        assertThat(sessions().open(late, now)).isTrue();
        // another user's sign-ins are untouched
        UserId other = someUser();
        assertThat(sessions()
                        .open(newSession(other, now(), LIFETIME), sessions().epochOf(TENANT, other)))
                .isTrue();
    }

    @Test
    void aSessionIsLiveOnlyForItsOwnUserAndTenantAndUntilItEnds() {
        Session opened = newSession(someUser(), now(), LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);

        assertThat(sessions().isLive(opened.ref(), now())).isTrue();
        assertThat(sessions().isLive(new SessionRef(opened.tenant(), someUser(), opened.id()), now()))
                .isFalse();
        assertThat(sessions()
                        .isLive(
                                new SessionRef(new TenantId(opened.tenant().value() + 1), opened.user(), opened.id()),
                                now()))
                .isFalse();
        sessions().end(opened.ref());
        assertThat(sessions().isLive(opened.ref(), now())).isFalse();
    }

    @Test
    void aLiveCheckNotesTheUseAtMostEveryHalfMinute() {
        Instant start = now();
        Session opened = newSession(someUser(), start, LIFETIME);
        sessions().open(opened, SessionEpoch.FIRST);

        sessions().isLive(opened.ref(), start.plusSeconds(5));
        assertThat(sessions().byId(opened.ref()).orElseThrow().lastUsedAt()).isEqualTo(start);
        sessions().isLive(opened.ref(), start.plusSeconds(31));
        assertThat(sessions().byId(opened.ref()).orElseThrow().lastUsedAt()).isEqualTo(start.plusSeconds(31));
    }

    @Test
    void anExpiredSessionDisappearsAndCleanUpDropsWhatItLeftBehind() {
        UserId user = someUser();
        Session shortLived = newSession(user, now(), Duration.ofMillis(300));
        Session longLived = newSession(user, now(), LIFETIME);
        sessions().open(shortLived, SessionEpoch.FIRST);
        sessions().open(longLived, SessionEpoch.FIRST);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> sessions().byId(shortLived.ref()).isEmpty());

        assertThat(sessions().holding(shortLived.current())).isEmpty();
        assertThat(sessions().removeExpired(TENANT)).isGreaterThanOrEqualTo(1);
        assertThat(sessions().of(TENANT, user)).extracting(Session::id).containsExactly(longLived.id());
    }
}
