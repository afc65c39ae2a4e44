package io.gerbang.bootstrap.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.persistence.redis.RedisConnectionStates;
import io.gerbang.adapters.rest.http.Cors;
import io.gerbang.adapters.rest.resource.TasksResource;
import io.gerbang.adapters.websocket.ChatLimits;
import io.gerbang.adapters.websocket.ChatPorts;
import io.gerbang.adapters.websocket.ChatServer;
import io.gerbang.adapters.websocket.socketio.EngineServer;
import io.gerbang.adapters.websocket.socketio.EngineSettings;
import io.gerbang.adapters.websocket.socketio.SocketCodec;
import io.gerbang.adapters.websocket.socketio.SocketIoServer;
import io.gerbang.adapters.websocket.socketio.SocketPacket;
import io.gerbang.application.port.in.session.Authenticate;
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
import io.gerbang.application.port.in.task.RecoverConnection;
import io.gerbang.application.port.in.task.ShowPresence;
import io.gerbang.application.port.in.task.ShowTask;
import io.gerbang.application.port.in.task.SignalTyping;
import io.gerbang.application.port.in.task.UpdateTask;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.Presence;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.application.service.task.KeepPresenceService;
import io.gerbang.application.service.task.RecoverConnectionService;
import io.gerbang.bootstrap.server.TyrusInternals;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What faces the clients of task rooms: the /tasks resource and the chat's two doors, /ws and /socket.io/. */
@Configuration
public class TaskRoomConfiguration {

    @Bean
    TasksResource tasksResource(
            ListTasks list,
            ShowTask show,
            CreateTask create,
            UpdateTask update,
            ChangeTaskMembers members,
            ReadMessages messages,
            PostMessage post,
            ShowPresence presence,
            ReadActivity activity,
            NotifyTask notify) {
        return new TasksResource(new TasksResource.Ports(
                list, show, create, update, members, messages, post, presence, activity, notify));
    }

    /** The Socket.IO door: Engine.IO sessions whose main namespace is the chat's; its own timer thread. */
    @Bean(destroyMethod = "close")
    SocketIoDoor socketIoDoor(ChatServer chat, Cors cors, GerbangConfig config) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gerbang-engine-io");
            thread.setDaemon(true);
            return thread;
        });
        EngineSettings settings =
                EngineSettings.contract(config.socketIoPingInterval(), config.socketIoPingTimeout(), cors::allows);
        ObjectMapper json = new ObjectMapper();
        SocketIoServer socketIo = new SocketIoServer(
                new SocketCodec(json), Map.of(SocketPacket.MAIN, chat.socketIo()), timers, settings.connectTimeout());
        return new SocketIoDoor(new EngineServer(settings, socketIo, timers, json), timers);
    }

    /** The Engine.IO server of {@code /socket.io/} and the thread of its heartbeats. */
    public record SocketIoDoor(EngineServer engine, ScheduledExecutorService timers) implements AutoCloseable {
        @Override
        public void close() {
            timers.shutdownNow();
        }
    }

    /**
     * Socket.IO's connection state recovery: what a connection had, kept in Redis for
     * {@code GERBANG_SOCKETIO_RECOVERY_WINDOW} (0: off), so a client may come back to any node.
     */
    @Bean
    RecoverConnection recoverConnection(
            RedissonClient redisson, TaskMessages messages, Identifiers identifiers, GerbangConfig config) {
        return new RecoverConnectionService(
                new RedisConnectionStates(redisson, config.redisPrefix()),
                messages,
                identifiers,
                config.socketIoRecoveryWindow());
    }

    @Bean(destroyMethod = "close")
    ChatServer chatServer(
            Authenticate authenticate,
            JoinTaskRoom join,
            LeaveTaskRoom leave,
            SignalTyping typing,
            PostMessage post,
            FollowTaskRooms rooms,
            CheckLiveSessions sessions,
            Presence presence,
            RecoverConnection recovery,
            Cors cors,
            GerbangConfig config,
            Clock clock) {
        ChatServer chat = new ChatServer(
                new ChatPorts(
                        authenticate,
                        join,
                        leave,
                        typing,
                        post,
                        rooms,
                        sessions,
                        new KeepPresenceService(presence),
                        recovery),
                // one heartbeat for both doors: Engine.IO's pings on Socket.IO, ping frames on /ws
                ChatLimits.defaults(config.rateLimits())
                        .withHeartbeat(config.socketIoPingInterval(), config.socketIoPingTimeout()),
                cors::allows,
                TyrusInternals::writerFor,
                clock);
        chat.start();
        return chat;
    }

    /**
     * The open chat sockets, by the door they came through; the room events delivered here, the frames handed to
     * sockets for them, and the time that took (a count and a sum: Prometheus divides).
     */
    @Bean
    MeterBinder chatMeters(MeterRegistry registry, ChatServer chat) {
        MeterBinder gauges = meters -> {
            Gauge.builder("gerbang.open.sockets", chat, server -> server.openSockets(false))
                    .tag("transport", "ws")
                    .description("open chat sockets")
                    .register(meters);
            Gauge.builder("gerbang.open.sockets", chat, server -> server.openSockets(true))
                    .tag("transport", "socketio")
                    .description("open chat sockets")
                    .register(meters);
            FunctionTimer.builder(
                            "gerbang.room.deliveries",
                            chat,
                            server -> server.deliveries().events(),
                            server -> server.deliveries().nanos(),
                            TimeUnit.NANOSECONDS)
                    .description("room events handed to this node's sockets, and the time it took")
                    .register(meters);
            FunctionCounter.builder(
                            "gerbang.room.delivered.frames",
                            chat,
                            server -> server.deliveries().frames())
                    .description("frames handed to sockets for room events")
                    .register(meters);
        };
        gauges.bindTo(registry);
        return gauges;
    }
}
