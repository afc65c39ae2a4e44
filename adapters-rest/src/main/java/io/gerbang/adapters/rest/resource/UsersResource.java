package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.adapters.rest.dto.UserSummaryDto;
import io.gerbang.adapters.rest.envelope.Envelope.Pagination;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.application.port.in.ListUsers;
import io.gerbang.application.port.in.Page;
import io.gerbang.application.port.in.PageRequest;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.in.ShowUser;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import jakarta.ws.rs.GET;
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

    public UsersResource(ListUsers listUsers, ShowUser showUser) {
        this.listUsers = listUsers;
        this.showUser = showUser;
    }

    @GET
    public Response list(@Context ContainerRequestContext request, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor) {
        Page<User> page = listUsers.list(Callers.of(request), new PageRequest(cursor, limitOf(limit)));
        return Envelopes.ok(request, "ok.users", page.items().stream().map(UserSummaryDto::of).toList(),
                new Pagination(page.nextCursor(), page.prevCursor(), page.hasNext(), page.hasPrev(), page.limit()));
    }

    @GET
    @Path("/{id}")
    public Response show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        UserId user;
        try {
            user = new UserId(Long.parseLong(id));
        } catch (IllegalArgumentException notAUserId) {
            throw new Refused(Refusal.NOT_FOUND);
        }
        return Envelopes.ok(request, "ok.user", UserDto.of(showUser.show(Callers.of(request), user)));
    }

    private static int limitOf(String limit) {
        if (limit == null || limit.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        new FieldErrors().add("limit", FieldErrors.LIMIT_RANGE).throwIfAny();
        throw new IllegalStateException("unreachable");
    }
}
