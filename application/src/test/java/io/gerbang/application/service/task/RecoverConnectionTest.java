package io.gerbang.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.inmemory.CountingIdentifiers;
import io.gerbang.application.inmemory.InMemoryConnectionStates;
import io.gerbang.application.inmemory.InMemoryTaskMessages;
import io.gerbang.application.inmemory.MovingClock;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.port.in.task.RecoverConnection;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who gets a lost connection back, and when: its own person, once, within the window, from an offset we sent. */
class RecoverConnectionTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final UserId NARUTO = new UserId(2);
    private static final UserId SAKURA = new UserId(3);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T08:00:00Z"));
    private final InMemoryTaskMessages messages = new InMemoryTaskMessages();
    private final RecoverConnection recovery = new RecoverConnectionService(
            new InMemoryConnectionStates(clock), messages, new CountingIdentifiers(), Duration.ofSeconds(120));
    private final String privateId = recovery.newPrivateId();

    RecoverConnectionTest() {
        for (int i = 0; i < 5; i++) {
            messages.addMessage(
                    new TaskId(1),
                    NARUTO,
                    new DisplayName("Naruto"),
                    new MessageDraft("pesan " + i, List.of(), null),
                    clock.instant());
        }
        recovery.keep(List.of(new RecoverableConnection(privateId, HUMINOR, NARUTO, Set.of(new TaskId(1)))));
    }

    private static Principal caller(TenantId tenant, UserId user) {
        return new Principal(user, tenant, new SessionId("0123456789abcdef0123456789abcdef"), "jti", null);
    }

    @Test
    void itsOwnPersonGetsItBackOnceWithTheRoomsAndTheOffset() {
        RecoverConnection.Recovered back =
                recovery.recover(privateId, "3", caller(HUMINOR, NARUTO)).orElseThrow();

        assertThat(back.connection().rooms()).containsExactly(new TaskId(1));
        assertThat(back.since().value()).isEqualTo(3);
        assertThat(recovery.recover(privateId, "3", caller(HUMINOR, NARUTO)))
                .as("a second time")
                .isEmpty();
    }

    @Test
    void anotherPersonOrTenantGetsAFreshConnectionAndSpendsTheId() {
        assertThat(recovery.recover(privateId, "3", caller(HUMINOR, SAKURA))).isEmpty();
        assertThat(recovery.recover(privateId, "3", caller(HUMINOR, NARUTO)))
                .as("spent")
                .isEmpty();

        String another = recovery.newPrivateId();
        recovery.keep(List.of(new RecoverableConnection(another, HUMINOR, NARUTO, Set.of())));
        assertThat(recovery.recover(another, "3", caller(new TenantId(2), NARUTO)))
                .isEmpty();
    }

    @Test
    void anOffsetOfNoShapeOrFromTheFutureRecoversNothing() {
        for (String offset : List.of("abc", "-1", "0", "03", "6", "99999999999999999999")) {
            String id = recovery.newPrivateId();
            recovery.keep(List.of(new RecoverableConnection(id, HUMINOR, NARUTO, Set.of(new TaskId(1)))));
            assertThat(recovery.recover(id, offset, caller(HUMINOR, NARUTO)))
                    .as(offset)
                    .isEmpty();
        }
        assertThat(recovery.recover(privateId, "5", caller(HUMINOR, NARUTO)))
                .as("the newest")
                .isPresent();
    }

    @Test
    void afterTheWindowOrOnceForgottenThereIsNothingToRecover() {
        clock.advance(Duration.ofSeconds(121));
        assertThat(recovery.recover(privateId, "3", caller(HUMINOR, NARUTO))).isEmpty();

        String forgotten = recovery.newPrivateId();
        recovery.keep(List.of(new RecoverableConnection(forgotten, HUMINOR, NARUTO, Set.of())));
        recovery.forget(forgotten);
        assertThat(recovery.recover(forgotten, "3", caller(HUMINOR, NARUTO))).isEmpty();
        assertThat(recovery.recover("short", "3", caller(HUMINOR, NARUTO))).isEmpty();
    }

    @Test
    void aWindowOfZeroKeepsNothing() {
        RecoverConnection off = new RecoverConnectionService(
                new InMemoryConnectionStates(clock), messages, new CountingIdentifiers(), Duration.ZERO);
        String id = off.newPrivateId();
        off.keep(List.of(new RecoverableConnection(id, HUMINOR, NARUTO, Set.of())));

        assertThat(off.enabled()).isFalse();
        assertThat(off.recover(id, "3", caller(HUMINOR, NARUTO))).isEmpty();
    }
}
