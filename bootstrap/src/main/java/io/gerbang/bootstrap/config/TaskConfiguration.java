package io.gerbang.bootstrap.config;

import io.gerbang.adapters.persistence.jdbc.JdbcTasks;
import io.gerbang.adapters.persistence.redis.RedisPresence;
import io.gerbang.adapters.persistence.redis.RedisRoomEvents;
import io.gerbang.application.port.in.session.CheckLiveSessions;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.application.port.in.task.CreateTask;
import io.gerbang.application.port.in.task.FollowTaskRooms;
import io.gerbang.application.port.in.task.JoinTaskRoom;
import io.gerbang.application.port.in.task.LeaveTaskRoom;
import io.gerbang.application.port.in.task.ListTasks;
import io.gerbang.application.port.in.task.NotifyTask;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.in.task.ReadActivity;
import io.gerbang.application.port.in.task.ReadMessages;
import io.gerbang.application.port.in.task.ShowPresence;
import io.gerbang.application.port.in.task.ShowTask;
import io.gerbang.application.port.in.task.SignalTyping;
import io.gerbang.application.port.in.task.UpdateTask;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.Presence;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.TaskActivity;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.application.service.session.CheckLiveSessionsService;
import io.gerbang.application.service.task.ChangeTaskMembersService;
import io.gerbang.application.service.task.CreateTaskService;
import io.gerbang.application.service.task.FollowTaskRoomsService;
import io.gerbang.application.service.task.JoinTaskRoomService;
import io.gerbang.application.service.task.LeaveTaskRoomService;
import io.gerbang.application.service.task.ListTasksService;
import io.gerbang.application.service.task.NotifyTaskService;
import io.gerbang.application.service.task.PostMessageService;
import io.gerbang.application.service.task.ReadActivityService;
import io.gerbang.application.service.task.ReadMessagesService;
import io.gerbang.application.service.task.ShowPresenceService;
import io.gerbang.application.service.task.ShowTaskService;
import io.gerbang.application.service.task.SignalTypingService;
import io.gerbang.application.service.task.TaskAccess;
import io.gerbang.application.service.task.UpdateTaskService;
import java.time.Clock;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Task rooms: their stores and their use cases, one bean each, as any inbound adapter (or a test of the
 * application) gets them.
 */
@Configuration
public class TaskConfiguration {

    /**
     * The task tables: the rooms ({@link Tasks}), their messages ({@link TaskMessages}) and their log ({@link
     * TaskActivity}).
     */
    @Bean
    JdbcTasks tasks(javax.sql.DataSource dataSource) {
        return new JdbcTasks(dataSource);
    }

    @Bean
    RoomEvents roomEvents(RedissonClient redisson, GerbangConfig config) {
        return new RedisRoomEvents(redisson, config.redisPrefix());
    }

    @Bean
    Presence presence(RedissonClient redisson, GerbangConfig config) {
        return new RedisPresence(redisson, config.redisPrefix());
    }

    @Bean
    TaskAccess taskAccess(Tasks tasks, AccessGuard guard) {
        return new TaskAccess(tasks, guard);
    }

    @Bean
    PostMessage postMessage(TaskAccess access, TaskMessages tasks, RoomEvents events, AccessGuard guard, Clock clock) {
        return new PostMessageService(access, tasks, events, guard, clock);
    }

    @Bean
    JoinTaskRoom joinTaskRoom(
            TaskAccess access,
            TaskMessages messages,
            TaskActivity tasks,
            Presence presence,
            RoomEvents events,
            AccessGuard guard,
            Clock clock) {
        return new JoinTaskRoomService(access, messages, tasks, presence, events, guard, clock);
    }

    @Bean
    LeaveTaskRoom leaveTaskRoom(
            TaskActivity tasks, Presence presence, RoomEvents events, AccessGuard guard, Clock clock) {
        return new LeaveTaskRoomService(tasks, presence, events, guard, clock);
    }

    @Bean
    SignalTyping signalTyping(TaskAccess access, RoomEvents events, AccessGuard guard) {
        return new SignalTypingService(access, events, guard);
    }

    @Bean
    FollowTaskRooms followTaskRooms(RoomEvents events) {
        return new FollowTaskRoomsService(events);
    }

    @Bean
    CheckLiveSessions checkLiveSessions(Sessions sessions) {
        return new CheckLiveSessionsService(sessions);
    }

    @Bean
    ListTasks listTasks(Tasks tasks, Cursors cursors, AccessGuard guard) {
        return new ListTasksService(tasks, cursors, guard);
    }

    @Bean
    ShowTask showTask(TaskAccess access) {
        return new ShowTaskService(access);
    }

    @Bean
    CreateTask createTask(Tasks tasks, Organisation organisation, AccessGuard guard, Clock clock) {
        return new CreateTaskService(tasks, organisation, guard, clock);
    }

    @Bean
    UpdateTask updateTask(TaskAccess access, Tasks tasks, RoomEvents events, Clock clock) {
        return new UpdateTaskService(access, tasks, events, clock);
    }

    @Bean
    ChangeTaskMembers changeTaskMembers(TaskAccess access, Tasks tasks, Users users, RoomEvents events, Clock clock) {
        return new ChangeTaskMembersService(access, tasks, users, events, clock);
    }

    @Bean
    ReadMessages readMessages(TaskAccess access, TaskMessages tasks, Cursors cursors) {
        return new ReadMessagesService(access, tasks, cursors);
    }

    @Bean
    ShowPresence showPresence(TaskAccess access, Presence presence) {
        return new ShowPresenceService(access, presence);
    }

    @Bean
    ReadActivity readActivity(TaskAccess access, TaskActivity tasks, Cursors cursors) {
        return new ReadActivityService(access, tasks, cursors);
    }

    @Bean
    NotifyTask notifyTask(TaskAccess access, TaskActivity tasks, RoomEvents events, Clock clock) {
        return new NotifyTaskService(access, tasks, events, clock);
    }
}
