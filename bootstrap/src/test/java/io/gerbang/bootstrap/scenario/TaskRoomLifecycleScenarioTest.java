package io.gerbang.bootstrap.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.jdbc.DemoData;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.refusal.UnknownTask;
import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.PresentedToken;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInName;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.application.port.in.task.CreateTask;
import io.gerbang.application.port.in.task.FollowTaskRooms;
import io.gerbang.application.port.in.task.JoinTaskRoom;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.in.task.ReadMessages;
import io.gerbang.application.port.in.task.RoomConnection;
import io.gerbang.application.port.in.task.ShowTask;
import io.gerbang.application.port.in.task.TaskPage;
import io.gerbang.application.port.in.task.UpdateTask;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.bootstrap.config.ApplicationConfiguration;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.config.MetricsConfiguration;
import io.gerbang.bootstrap.config.PersistenceConfiguration;
import io.gerbang.bootstrap.config.TaskConfiguration;
import io.gerbang.bootstrap.stores.StoreEndpoints;
import io.gerbang.bootstrap.testing.TestGerbang;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MayNotComment;
import io.gerbang.domain.task.MayNotManage;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.NotAMember;
import io.gerbang.domain.task.OwnerStaysMember;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The life of a task room told through the application's inbound ports alone: the services wired as the
 * server wires them, on the real PostgreSQL and Redis, with no HTTP or socket in between (dddsample's
 * {@code CargoLifecycleScenarioTest} is the model). Naruto opens a task of unit 2; Kakashi, who manages the
 * unit, brings Sakura in to read and himself to talk; the room's rules hold at each step, and everyone
 * following the rooms hears each change.
 */
class TaskRoomLifecycleScenarioTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final UserId SAKURA = new UserId(3);
    private static final UserId KAKASHI = new UserId(4);

    private static StoreEndpoints stores;
    private static AnnotationConfigApplicationContext services;

    /** The access tokens handed out, in sign-in order. */
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void wireTheServices() {
        GerbangConfig config = GerbangConfig.from(TestGerbang.cluster().environment());
        stores = StoreEndpoints.attachOrOpen(config);
        services = new AnnotationConfigApplicationContext();
        services.registerBean(GerbangConfig.class, () -> config);
        services.registerBean(StoreEndpoints.class, () -> stores);
        services.register(
                MetricsConfiguration.class,
                PersistenceConfiguration.class,
                ApplicationConfiguration.class,
                TaskConfiguration.class);
        services.refresh();
        // as a server started with GERBANG_DEMO=true does
        DemoData.loadIfEmpty(services.getBean(DataSource.class), services.getBean(PasswordHashes.class));
    }

    @AfterAll
    static void unwire() {
        services.close();
        stores.close();
    }

    @Test
    void aTaskRoomFromItsOpeningToItsOwnerSigningOut() {
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        port(FollowTaskRooms.class).follow(heard::add);
        Principal naruto = signIn("100000001");
        Principal sakura = signIn("100000002");
        Principal kakashi = signIn("100000003");

        // Naruto opens a task of his unit: he owns it, and it is nobody else's room yet
        TaskRoom opened = port(CreateTask.class).create(new CreateTask.Command(naruto, "Rilis 2.0", new UnitId(2)));
        TaskId task = opened.task().id();
        assertThat(opened.members())
                .singleElement()
                .satisfies(owner -> assertThat(owner.owner()).isTrue());
        assertThatThrownBy(() -> port(ShowTask.class).show(new ShowTask.Query(sakura, task)))
                .as("unit 3 reads only unit 3")
                .isInstanceOf(UnknownTask.class);
        assertThat(port(ShowTask.class)
                        .show(new ShowTask.Query(kakashi, task))
                        .task()
                        .title())
                .as("unit 2's manager sees it")
                .isEqualTo("Rilis 2.0");
        assertThatThrownBy(() -> join(kakashi, task)).isInstanceOf(NotAMember.class);

        // Kakashi manages unit 2: Sakura comes in to read, and he himself, who may comment unless told otherwise
        MemberChange sakuraIn =
                port(ChangeTaskMembers.class).put(new ChangeTaskMembers.Put(kakashi, task, SAKURA, false));
        MemberChange kakashiIn =
                port(ChangeTaskMembers.class).put(new ChangeTaskMembers.Put(kakashi, task, KAKASHI, null));
        assertThat(sakuraIn.added()).isTrue();
        assertThat(sakuraIn.member().canComment()).isFalse();
        assertThat(kakashiIn.member().canComment()).isTrue();

        // in the room: the reader reads, the others talk
        join(sakura, task);
        join(kakashi, task);
        assertThatThrownBy(() -> post(sakura, task, "Boleh saya bantu?")).isInstanceOf(MayNotComment.class);
        ChatMessage ready = post(kakashi, task, "Siap diuji");
        assertThat(port(ReadMessages.class)
                        .read(new TaskPage(sakura, task, new PageRequest(null, 20)))
                        .items())
                .extracting(ChatMessage::id)
                .containsExactly(ready.id());

        // only those who manage rename it and change its members; the owner stays one who may comment
        assertThatThrownBy(() -> port(UpdateTask.class).retitle(new UpdateTask.Command(sakura, task, "Punya saya")))
                .isInstanceOf(MayNotManage.class);
        assertThat(port(UpdateTask.class)
                        .retitle(new UpdateTask.Command(naruto, task, "Rilis 2.0 final"))
                        .task()
                        .title())
                .isEqualTo("Rilis 2.0 final");
        assertThatThrownBy(() -> port(ChangeTaskMembers.class)
                        .put(new ChangeTaskMembers.Put(kakashi, task, naruto.user(), false)))
                .isInstanceOf(OwnerStaysMember.class);
        assertThatThrownBy(() -> port(ChangeTaskMembers.class)
                        .remove(new ChangeTaskMembers.Removal(naruto, task, naruto.user())))
                .isInstanceOf(OwnerStaysMember.class);

        // Sakura goes out; the task is out of her reach again
        port(ChangeTaskMembers.class).remove(new ChangeTaskMembers.Removal(naruto, task, SAKURA));
        assertThatThrownBy(() -> port(ShowTask.class).show(new ShowTask.Query(sakura, task)))
                .isInstanceOf(UnknownTask.class);

        // everyone following the rooms heard it all, in order
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(heard.stream()
                                .filter(event -> event.task().equals(task))
                                .map(TaskRoomLifecycleScenarioTest::said)
                                .toList())
                        .containsSubsequence(
                                "added 3", "added 4", "message Siap diuji", "title Rilis 2.0 final", "removed 3"));

        // Naruto signs out: his token proves nothing any more
        String token = tokens.get(0);
        port(LogOut.class).logOut(new LogOut.CurrentSession(naruto));
        assertThatThrownBy(() -> port(Authenticate.class).authenticate(new PresentedToken(token)))
                .isInstanceOf(SessionEnded.class);
    }

    private Principal signIn(String identity) {
        LoginResult signedIn = (LoginResult) port(LogIn.class)
                .logIn(new LogIn.Command(
                        HUMINOR,
                        new SignInName.ByIdentity(new UserIdentity(identity)),
                        PlainPassword.presented(DemoData.PASSWORD),
                        null,
                        ClientAddress.ofNullable("127.0.0.1")));
        tokens.add(signedIn.tokens().accessToken().value());
        return port(Authenticate.class)
                .authenticate(new PresentedToken(signedIn.tokens().accessToken().value()));
    }

    private static void join(Principal person, TaskId task) {
        JoinTaskRoom join = port(JoinTaskRoom.class);
        join.enter(join.admit(new RoomConnection(
                person, task, new ConnectionId("scenario-" + person.user().value()))));
    }

    private static ChatMessage post(Principal author, TaskId task, String text) {
        return port(PostMessage.class)
                .post(new PostMessage.Command(author, task, new MessageDraft(text, List.of(), null)));
    }

    /** What a room event says, in a word and its subject. */
    private static String said(RoomEvent event) {
        if (event instanceof RoomEvent.MemberChanged changed) {
            return changed.change().code() + " " + changed.user().value();
        }
        if (event instanceof RoomEvent.NewMessage message) {
            return "message " + message.message().text();
        }
        if (event instanceof RoomEvent.TaskUpdated updated) {
            return "title " + updated.title();
        }
        return event.getClass().getSimpleName();
    }

    private static <T> T port(Class<T> useCase) {
        return services.getBean(useCase);
    }
}
