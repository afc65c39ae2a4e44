package io.gerbang.adapters.rest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.UserCreateRequest;
import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.adapters.rest.dto.UserPatch;
import io.gerbang.adapters.rest.dto.UserSummaryDto;
import io.gerbang.adapters.rest.envelope.Envelope.Pagination;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.user.CreateUser;
import io.gerbang.application.port.in.user.ListUsers;
import io.gerbang.application.port.in.user.ShowUser;
import io.gerbang.application.port.in.user.UpdateUser;
import io.gerbang.domain.user.User;
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

/** /api/v1/users: who the caller may see, filtered by their users.read scope in the application. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UsersResource {

    private final ListUsers listUsers;
    private final ShowUser showUser;
    private final CreateUser createUser;
    private final UpdateUser updateUser;

    public UsersResource(ListUsers listUsers, ShowUser showUser, CreateUser createUser, UpdateUser updateUser) {
        this.listUsers = listUsers;
        this.showUser = showUser;
        this.createUser = createUser;
        this.updateUser = updateUser;
    }

    @POST
    public Response create(@Context ContainerRequestContext request, UserCreateRequest body) {
        UserProfile created = createUser.create(RequestFields.body(body).command(Callers.of(request)));
        return Response.fromResponse(Envelopes.ok(request, "ok.user_created", UserDto.of(created)))
                .status(201)
                .build();
    }

    @PATCH
    @Path("/{id}")
    public Response update(@Context ContainerRequestContext request, @PathParam("id") String id, JsonNode body) {
        UserProfile updated =
                updateUser.update(UserPatch.command(Callers.of(request), RequestFields.userIdPath(id), body));
        return Envelopes.ok(request, "ok.user_updated", UserDto.of(updated));
    }

    @GET
    public Response list(
            @Context ContainerRequestContext request,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Page<User> page = listUsers.list(
                new ListUsers.Query(Callers.of(request), new PageRequest(cursor, RequestFields.limit(limit))));
        return Envelopes.ok(
                request,
                "ok.users",
                page.items().stream().map(UserSummaryDto::of).toList(),
                new Pagination(page.nextCursor(), page.prevCursor(), page.hasNext(), page.hasPrev(), page.limit()));
    }

    @GET
    @Path("/{id}")
    public Response show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return Envelopes.ok(
                request,
                "ok.user",
                UserDto.of(showUser.show(new ShowUser.Query(Callers.of(request), RequestFields.userIdPath(id)))));
    }
}
