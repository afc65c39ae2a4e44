package io.gerbang.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.gerbang.adapters.persistence.password.BcryptPasswordHashes;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.Cursors.Position;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.domain.task.ActivityKind;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskMember;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.task.TaskVisibility;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tasks, members, messages and activity against a real PostgreSQL with the demo data. */
class JdbcTasksTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final TenantId MITRA = new TenantId(2);
    private static final UserId NARUTO = new UserId(2);
    private static final UserId SAKURA = new UserId(3);
    private static final UserId KAKASHI = new UserId(4);

    private static HikariDataSource dataSource;
    private static JdbcTasks tasks;

    @BeforeAll
    static void migrateAndLoad() {
        String schema = TestStores.newSchema();
        dataSource = PostgresDataSources.pool(TestStores.shared().jdbcUrl(schema), null, null, 4);
        Migrations.migrate(dataSource, schema);
        DemoData.loadIfEmpty(dataSource, new BcryptPasswordHashes(4));
        tasks = new JdbcTasks(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void theDemoTaskHasItsThreeMembersAndIsAnotherTenantsNothing() {
        TaskRoom room = tasks.room(HUMINOR, new TaskId(1)).orElseThrow();

        assertThat(room.task().title()).isEqualTo("Peluncuran");
        assertThat(room.mayPost(KAKASHI)).isTrue();
        assertThat(room.mayJoin(SAKURA)).isTrue();
        assertThat(room.mayPost(SAKURA)).isFalse();
        assertThat(room.member(NARUTO).orElseThrow().owner()).isTrue();
        assertThat(tasks.room(MITRA, new TaskId(1))).isEmpty();
    }

    @Test
    void aRoomAsOneMemberSeesItHoldsOnlyTheirMembership() {
        TaskRoom asSakura = tasks.roomSeenBy(HUMINOR, new TaskId(1), SAKURA).orElseThrow();
        TaskRoom asHasbi =
                tasks.roomSeenBy(HUMINOR, new TaskId(1), new UserId(1)).orElseThrow();

        assertThat(asSakura.members()).singleElement().satisfies(member -> {
            assertThat(member.user()).isEqualTo(SAKURA);
            assertThat(member.canComment()).isFalse();
        });
        assertThat(asSakura.mayJoin(SAKURA)).isTrue();
        assertThat(asSakura.mayPost(SAKURA)).isFalse();
        assertThat(tasks.roomSeenBy(HUMINOR, new TaskId(1), KAKASHI)
                        .orElseThrow()
                        .mayPost(KAKASHI))
                .isTrue();
        assertThat(asHasbi.members()).isEmpty();
        assertThat(asHasbi.task().title()).isEqualTo("Peluncuran");
        assertThat(tasks.roomSeenBy(MITRA, new TaskId(1), SAKURA)).isEmpty();
    }

    @Test
    void messagesPageNewestFirstBothWays() {
        TaskRoom room = tasks.open(HUMINOR, new UnitId(2), "Paging", NARUTO, Instant.now());
        TaskId task = room.task().id();
        List<MessageId> ids = new java.util.ArrayList<>();
        for (String text : List.of("satu", "dua", "tiga", "empat")) {
            ChatMessage stored = tasks.addMessage(
                    task,
                    NARUTO,
                    new DisplayName("Naruto"),
                    new MessageDraft(
                            text,
                            List.of(new Attachment("\"a.png\""), new Attachment("{\"name\":\"b.pdf\",\"size\":12}")),
                            null),
                    Instant.now());
            ids.add(stored.id());
        }

        assertThat(tasks.messages(task, null, 2)).extracting(ChatMessage::text).containsExactly("empat", "tiga");
        assertThat(tasks.messages(task, new Position(true, ids.get(2).value()), 2))
                .extracting(ChatMessage::text)
                .containsExactly("dua", "satu");
        assertThat(tasks.messages(task, new Position(false, ids.get(1).value()), 2))
                .extracting(ChatMessage::text)
                .containsExactly("empat", "tiga");
        assertThat(tasks.messages(task, null, 1).get(0).attachments())
                .containsExactly(new Attachment("\"a.png\""), new Attachment("{\"name\":\"b.pdf\",\"size\":12}"));
        assertThat(tasks.hasMessage(task, ids.get(0))).isTrue();
        assertThat(tasks.hasMessage(new TaskId(1), ids.get(0))).isFalse();
    }

    @Test
    void whatTheRoomDecidesOfItsMembersIsKeptAndLogged() {
        TaskRoom opened = tasks.open(HUMINOR, new UnitId(2), "Anggota", NARUTO, Instant.now());
        TaskId task = opened.task().id();

        assertThat(tasks.save(opened.putMember(NARUTO, Scope.none(), SAKURA, false)))
                .isTrue();
        TaskRoom withSakura = tasks.room(HUMINOR, task).orElseThrow();
        assertThat(withSakura.mayJoin(SAKURA)).isTrue();
        assertThat(withSakura.mayPost(SAKURA)).isFalse();
        assertThat(tasks.save(withSakura.putMember(NARUTO, Scope.none(), SAKURA, true)))
                .isTrue();
        assertThat(tasks.room(HUMINOR, task).orElseThrow().mayPost(SAKURA)).isTrue();
        MemberChange removal = tasks.room(HUMINOR, task).orElseThrow().removeMember(NARUTO, Scope.none(), SAKURA);
        assertThat(tasks.save(removal)).isTrue();
        assertThat(tasks.save(removal)).as("gone already").isFalse();
        assertThat(tasks.save(
                        new MemberChange(task, new TaskMember(NARUTO, true, true), MemberChange.Kind.REMOVED, NARUTO)))
                .as("the store keeps the owner too")
                .isFalse();

        assertThat(tasks.entries(task, null, 10))
                .extracting(ActivityEntry::kind)
                .containsExactly(
                        ActivityKind.MEMBER_REMOVED,
                        ActivityKind.MEMBER_UPDATED,
                        ActivityKind.MEMBER_ADDED,
                        ActivityKind.TASK_CREATED);
    }

    @Test
    void aListHoldsTheTasksOfTheScopeAndThoseTheCallerBelongsTo() {
        Scope unitThree = new Scope(false, Set.of(new UnitId(3)));
        long sakurasTask = tasks.open(HUMINOR, new UnitId(3), "Unit tiga", SAKURA, Instant.now())
                .task()
                .id()
                .value();

        assertThat(tasks.page(HUMINOR, new TaskVisibility(SAKURA, unitThree), null, 50))
                .extracting(task -> task.id().value())
                .contains(1L, sakurasTask);
        assertThat(tasks.page(HUMINOR, new TaskVisibility(new UserId(1), unitThree), null, 50))
                .extracting(task -> task.unitId())
                .containsOnly(new UnitId(3));
        assertThat(tasks.page(MITRA, new TaskVisibility(new UserId(6), new Scope(true, Set.of())), null, 50))
                .isEmpty();
    }
}
