package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.TaskActivity;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.domain.task.ActivityKind;
import io.gerbang.domain.task.Attachment;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskMember;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.task.TaskVisibility;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

public class JdbcTasks implements Tasks, TaskMessages, TaskActivity {

    private static final String TASK_COLUMNS =
            "t.id, t.tenant_id, t.unit_id, t.title, t.owner_id, t.created_at, t.updated_at";
    private static final String TASK = "select " + TASK_COLUMNS + " from tasks t ";
    private static final String MESSAGE = """
            select m.id, m.task_id, m.user_id, u.name as user_name, m.message, m.attachments, m.reply_to, m.created_at
              from task_messages m join users u on u.id = m.user_id
             where m.task_id = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcTasks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public TaskRoom open(TenantId tenant, UnitId unitId, String title, UserId owner, Instant now) {
        return JdbcFailures.guard(() -> transaction.execute(status -> {
            Long id = jdbc.queryForObject(
                    """
                    insert into tasks (tenant_id, unit_id, title, owner_id, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?) returning id""",
                    Long.class,
                    tenant.value(),
                    unitId.value(),
                    title,
                    owner.value(),
                    Timestamp.from(now),
                    Timestamp.from(now));
            jdbc.update(
                    "insert into task_members (task_id, user_id, is_owner, can_comment) values (?, ?, true, true)",
                    id,
                    owner.value());
            Task task = new Task(new TaskId(id), tenant, unitId, title, owner, now, now);
            log(task.id(), owner, ActivityKind.TASK_CREATED, title);
            return TaskRoom.reconstitute(task, List.of(new TaskMember(owner, true, true)));
        }));
    }

    @Override
    public Optional<TaskRoom> room(TenantId tenant, TaskId id) {
        return JdbcFailures.guard(() -> {
            List<Task> found = jdbc.query(
                    TASK + "where t.tenant_id = ? and t.id = ?", JdbcTasks::task, tenant.value(), id.value());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<TaskMember> members = jdbc.query(
                    "select user_id, is_owner, can_comment from task_members where task_id = ? order by user_id",
                    (rs, row) -> new TaskMember(new UserId(rs.getLong(1)), rs.getBoolean(2), rs.getBoolean(3)),
                    id.value());
            return Optional.of(TaskRoom.reconstitute(found.get(0), members));
        });
    }

    @Override
    public Optional<TaskRoom> roomSeenBy(TenantId tenant, TaskId id, UserId user) {
        return JdbcFailures.guard(() -> jdbc
                .query(
                        "select " + TASK_COLUMNS + ", m.is_owner, m.can_comment"
                                + " from tasks t left join task_members m on m.task_id = t.id and m.user_id = ?"
                                + " where t.tenant_id = ? and t.id = ?",
                        (rs, row) -> {
                            Task task = task(rs, row);
                            boolean member = rs.getObject("is_owner") != null;
                            return TaskRoom.reconstitute(
                                    task,
                                    member
                                            ? List.of(new TaskMember(
                                                    user, rs.getBoolean("is_owner"), rs.getBoolean("can_comment")))
                                            : List.of());
                        },
                        user.value(),
                        tenant.value(),
                        id.value())
                .stream()
                .findFirst());
    }

    @Override
    public List<Task> page(TenantId tenant, TaskVisibility visibility, Cursors.Position from, int limit) {
        boolean backwards = from != null && !from.after();
        // TaskVisibility#admits in SQL: the reading scope reaches the task's unit, or the viewer is a member
        Scope scope = visibility.reading();
        StringBuilder sql = new StringBuilder(TASK).append("where t.tenant_id = ? and (");
        List<Object> args = new ArrayList<>(List.of(tenant.value()));
        if (scope.tenantWide()) {
            sql.append("true");
        } else {
            sql.append("t.unit_id = any(?)");
            args.add(Statements.unitIds(scope.units()));
        }
        sql.append(" or exists (select 1 from task_members m where m.task_id = t.id and m.user_id = ?))");
        args.add(visibility.viewer().value());
        if (from != null) {
            sql.append(backwards ? " and t.id < ?" : " and t.id > ?");
            args.add(from.id());
        }
        sql.append(" order by t.id ").append(backwards ? "desc" : "asc").append(" limit ?");
        args.add(limit);
        List<Task> tasks = JdbcFailures.guard(
                () -> jdbc.query(connection -> Statements.prepare(connection, sql.toString(), args), JdbcTasks::task));
        if (backwards) {
            Collections.reverse(tasks);
        }
        return tasks;
    }

    @Override
    public void retitle(Task task, UserId by) {
        JdbcFailures.guard(() -> transaction.executeWithoutResult(status -> {
            jdbc.update(
                    "update tasks set title = ?, updated_at = ? where id = ?",
                    task.title(),
                    Timestamp.from(task.updatedAt()),
                    task.id().value());
            log(task.id(), by, ActivityKind.TASK_UPDATED, task.title());
        }));
    }

    @Override
    public boolean save(MemberChange change) {
        TaskId task = change.task();
        TaskMember member = change.member();
        return JdbcFailures.guard(() -> transaction.execute(status -> {
            if (change.kind() == MemberChange.Kind.REMOVED) {
                int removed = jdbc.update(
                        "delete from task_members where task_id = ? and user_id = ? and not is_owner",
                        task.value(),
                        member.user().value());
                if (removed == 1) {
                    log(
                            task,
                            change.by(),
                            change.kind().logged(),
                            "user " + member.user().value());
                }
                return removed == 1;
            }
            jdbc.update("""
                    insert into task_members (task_id, user_id, can_comment) values (?, ?, ?)
                    on conflict (task_id, user_id) do update set can_comment = excluded.can_comment
                    """, task.value(), member.user().value(), member.canComment());
            log(
                    task,
                    change.by(),
                    change.kind().logged(),
                    "user " + member.user().value() + (member.canComment() ? ", can comment" : ", read only"));
            return true;
        }));
    }

    @Override
    public ChatMessage addMessage(TaskId task, UserId author, DisplayName authorName, MessageDraft draft, Instant now) {
        return JdbcFailures.guard(() -> transaction.execute(status -> {
            Long id = jdbc.query(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement("""
                        insert into task_messages (task_id, user_id, message, attachments, reply_to, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""");
                        insert.setLong(1, task.value());
                        insert.setLong(2, author.value());
                        insert.setString(3, draft.text());
                        insert.setArray(
                                4,
                                connection.createArrayOf(
                                        "text",
                                        draft.attachments().stream()
                                                .map(Attachment::json)
                                                .toArray()));
                        insert.setObject(5, MessageId.valueOf(draft.replyTo()));
                        insert.setTimestamp(6, Timestamp.from(now));
                        return insert;
                    },
                    rs -> rs.next() ? rs.getLong(1) : null);
            log(task, author, ActivityKind.MESSAGE, "message " + id);
            return new ChatMessage(
                    new MessageId(id),
                    task,
                    author,
                    authorName,
                    draft.text(),
                    draft.attachments(),
                    draft.replyTo(),
                    now);
        }));
    }

    @Override
    public Optional<MessageId> newest() {
        return JdbcFailures.guard(
                () -> Optional.ofNullable(jdbc.queryForObject("select max(id) from task_messages", Long.class))
                        .map(MessageId::new));
    }

    @Override
    public boolean hasMessage(TaskId task, MessageId message) {
        return JdbcFailures.guard(() -> !jdbc.queryForList(
                        "select 1 from task_messages where task_id = ? and id = ?",
                        Integer.class,
                        task.value(),
                        message.value())
                .isEmpty());
    }

    @Override
    public List<ChatMessage> after(TaskId task, MessageId since, int limit) {
        return JdbcFailures.guard(() -> jdbc.query(
                MESSAGE + " and m.id > ? order by m.id asc limit ?",
                JdbcTasks::message,
                task.value(),
                since.value(),
                limit));
    }

    @Override
    public List<ChatMessage> messages(TaskId task, Cursors.Position from, int limit) {
        return newestFirst(MESSAGE, "m.id", task, from, limit, JdbcTasks::message);
    }

    @Override
    public void log(TaskId task, UserId user, ActivityKind kind, String detail) {
        JdbcFailures.guard(() -> jdbc.update(
                "insert into task_activity (task_id, user_id, kind, detail) values (?, ?, ?, ?)",
                task.value(),
                user == null ? null : user.value(),
                kind.code(),
                detail == null ? "" : detail));
    }

    @Override
    public List<ActivityEntry> entries(TaskId task, Cursors.Position from, int limit) {
        return newestFirst(
                "select id, task_id, user_id, kind, detail, created_at from task_activity a where a.task_id = ?",
                "a.id",
                task,
                from,
                limit,
                (rs, row) -> new ActivityEntry(
                        rs.getLong("id"),
                        task,
                        rs.getObject("user_id") == null ? null : new UserId(rs.getLong("user_id")),
                        ActivityKind.of(rs.getString("kind")),
                        rs.getString("detail"),
                        instant(rs, "created_at")));
    }

    /** Newest first: "after" a position is older (a smaller id), "before" is newer. */
    private <T> List<T> newestFirst(
            String select,
            String id,
            TaskId task,
            Cursors.Position from,
            int limit,
            org.springframework.jdbc.core.RowMapper<T> mapper) {
        boolean backwards = from != null && !from.after();
        StringBuilder sql = new StringBuilder(select);
        List<Object> args = new ArrayList<>(List.of(task.value()));
        if (from != null) {
            sql.append(backwards ? " and " + id + " > ?" : " and " + id + " < ?");
            args.add(from.id());
        }
        sql.append(" order by ").append(id).append(backwards ? " asc" : " desc").append(" limit ?");
        args.add(limit);
        List<T> rows = JdbcFailures.guard(
                () -> jdbc.query(connection -> Statements.prepare(connection, sql.toString(), args), mapper));
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        return new Task(
                new TaskId(rs.getLong("id")),
                new TenantId(rs.getLong("tenant_id")),
                new UnitId(rs.getLong("unit_id")),
                rs.getString("title"),
                new UserId(rs.getLong("owner_id")),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static ChatMessage message(ResultSet rs, int row) throws SQLException {
        long replyTo = rs.getLong("reply_to");
        MessageId reply = rs.wasNull() ? null : new MessageId(replyTo);
        Array attachments = rs.getArray("attachments");
        return new ChatMessage(
                new MessageId(rs.getLong("id")),
                new TaskId(rs.getLong("task_id")),
                new UserId(rs.getLong("user_id")),
                new DisplayName(rs.getString("user_name")),
                rs.getString("message"),
                attachments == null
                        ? List.of()
                        : Arrays.stream((String[]) attachments.getArray())
                                .map(Attachment::new)
                                .toList(),
                reply,
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
