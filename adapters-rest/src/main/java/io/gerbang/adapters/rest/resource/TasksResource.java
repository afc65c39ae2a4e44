package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.TaskDtos.ActivityDto;
import io.gerbang.adapters.rest.dto.TaskDtos.MemberDto;
import io.gerbang.adapters.rest.dto.TaskDtos.MemberRequest;
import io.gerbang.adapters.rest.dto.TaskDtos.MessageRequest;
import io.gerbang.adapters.rest.dto.TaskDtos.NotificationRequest;
import io.gerbang.adapters.rest.dto.TaskDtos.PresentDto;
import io.gerbang.adapters.rest.dto.TaskDtos.TaskCreateRequest;
import io.gerbang.adapters.rest.dto.TaskDtos.TaskDetailDto;
import io.gerbang.adapters.rest.dto.TaskDtos.TaskDto;
import io.gerbang.adapters.rest.dto.TaskDtos.TaskUpdateRequest;
import io.gerbang.adapters.rest.envelope.Envelope.Pagination;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.application.port.in.task.CreateTask;
import io.gerbang.application.port.in.task.ListTasks;
import io.gerbang.application.port.in.task.NotifyTask;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.in.task.ReadActivity;
import io.gerbang.application.port.in.task.ReadMessages;
import io.gerbang.application.port.in.task.ShowPresence;
import io.gerbang.application.port.in.task.ShowTask;
import io.gerbang.application.port.in.task.TaskPage;
import io.gerbang.application.port.in.task.UpdateTask;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** /api/v1/tasks: tasks, their members and their rooms' history; who may do what is the application's. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TasksResource {

    /** The use cases of /tasks. */
    public record Ports(
            ListTasks list,
            ShowTask show,
            CreateTask create,
            UpdateTask update,
            ChangeTaskMembers members,
            ReadMessages messages,
            PostMessage post,
            ShowPresence presence,
            ReadActivity activity,
            NotifyTask notifications) {}

    private final Ports ports;

    public TasksResource(Ports ports) {
        this.ports = ports;
    }

    @GET
    public Response list(
            @Context ContainerRequestContext request,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Page<Task> page = ports.list()
                .list(new ListTasks.Query(Callers.of(request), new PageRequest(cursor, RequestFields.limit(limit))));
        return paged(request, "ok.tasks", page, TaskDto::of);
    }

    @POST
    public Response create(@Context ContainerRequestContext request, TaskCreateRequest body) {
        return created(
                request,
                "ok.task_created",
                TaskDetailDto.of(ports.create().create(RequestFields.body(body).command(Callers.of(request)))));
    }

    @GET
    @Path("/{id}")
    public Response show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return Envelopes.ok(
                request,
                "ok.task",
                TaskDetailDto.of(ports.show().show(new ShowTask.Query(Callers.of(request), taskOf(id)))));
    }

    @PATCH
    @Path("/{id}")
    public Response update(
            @Context ContainerRequestContext request, @PathParam("id") String id, TaskUpdateRequest body) {
        TaskId task = taskOf(id);
        return Envelopes.ok(
                request,
                "ok.task_updated",
                TaskDetailDto.of(ports.update().retitle(RequestFields.body(body).command(Callers.of(request), task))));
    }

    @POST
    @Path("/{id}/members")
    public Response putMember(
            @Context ContainerRequestContext request, @PathParam("id") String id, MemberRequest body) {
        TaskId task = taskOf(id);
        MemberChange change = ports.members().put(RequestFields.body(body).command(Callers.of(request), task));
        MemberDto answer = new MemberDto(
                change.member().user().value(),
                change.member().owner(),
                change.member().canComment());
        return change.added()
                ? created(request, "ok.member_added", answer)
                : Envelopes.ok(request, "ok.member_updated", answer);
    }

    @DELETE
    @Path("/{id}/members/{user_id}")
    public Response removeMember(
            @Context ContainerRequestContext request, @PathParam("id") String id, @PathParam("user_id") String userId) {
        TaskId task = taskOf(id);
        ports.members()
                .remove(new ChangeTaskMembers.Removal(
                        Callers.of(request), task, new UserId(RequestFields.pathId(userId))));
        return said(request, "ok.member_removed");
    }

    @GET
    @Path("/{id}/messages")
    public Response messages(
            @Context ContainerRequestContext request,
            @PathParam("id") String id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        TaskId task = taskOf(id);
        return paged(
                request,
                "ok.messages",
                ports.messages()
                        .read(new TaskPage(
                                Callers.of(request), task, new PageRequest(cursor, RequestFields.limit(limit)))),
                io.gerbang.adapters.rest.dto.TaskDtos.MessageDto::of);
    }

    @POST
    @Path("/{id}/messages")
    public Response post(@Context ContainerRequestContext request, @PathParam("id") String id, MessageRequest body) {
        TaskId task = taskOf(id);
        return created(
                request,
                "ok.message_sent",
                io.gerbang.adapters.rest.dto.TaskDtos.MessageDto.of(
                        ports.post().post(RequestFields.body(body).command(Callers.of(request), task))));
    }

    @GET
    @Path("/{id}/presence")
    public Response presence(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return Envelopes.ok(
                request,
                "ok.presence",
                ports.presence().presence(new ShowPresence.Query(Callers.of(request), taskOf(id))).stream()
                        .map(PresentDto::of)
                        .toList());
    }

    @GET
    @Path("/{id}/activity")
    public Response activity(
            @Context ContainerRequestContext request,
            @PathParam("id") String id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        TaskId task = taskOf(id);
        return paged(
                request,
                "ok.activity",
                ports.activity()
                        .read(new TaskPage(
                                Callers.of(request), task, new PageRequest(cursor, RequestFields.limit(limit)))),
                ActivityDto::of);
    }

    @POST
    @Path("/{id}/notifications")
    public Response notify(
            @Context ContainerRequestContext request, @PathParam("id") String id, NotificationRequest body) {
        TaskId task = taskOf(id);
        ports.notifications().notify(RequestFields.body(body).command(Callers.of(request), task));
        return said(request, "ok.notified");
    }

    private static TaskId taskOf(String id) {
        return new TaskId(RequestFields.pathId(id));
    }

    private static <T> Response paged(ContainerRequestContext request, String key, Page<T> page, Function<T, ?> shape) {
        return Envelopes.ok(
                request,
                key,
                page.items().stream().map(shape).toList(),
                new Pagination(page.nextCursor(), page.prevCursor(), page.hasNext(), page.hasPrev(), page.limit()));
    }

    private static Response created(ContainerRequestContext request, String key, Object data) {
        return Response.fromResponse(Envelopes.ok(request, key, data))
                .status(201)
                .build();
    }

    private static Response said(ContainerRequestContext request, String key) {
        return Envelopes.ok(
                request,
                key,
                new MessageDto(Messages.text(RequestInfo.of(request).language(), key)));
    }
}
