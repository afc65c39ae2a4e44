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
import io.gerbang.application.port.in.ShowUser;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.adapters.rest.dto.UserCreateRequest;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.application.port.in.CreateUser;
import io.gerbang.application.port.in.UpdateUser;
import io.gerbang.application.port.in.UserProfile;
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
        UserCreateRequest create = Inputs.body(body);
        Inputs inputs = new Inputs();
        var identity = inputs.identity("user_identity", create.userIdentity());
        var email = inputs.email("email", create.email());
        String name = inputs.name("name", create.name());
        var password = inputs.newPassword("password", create.password());
        inputs.check();
        UserProfile created = createUser.create(new CreateUser.Command(Callers.of(request), identity, email, name,
                password, create.unitId(), create.isActive() == null || create.isActive()));
        return Response.fromResponse(Envelopes.ok(request, "ok.user_created", UserDto.of(created))).status(201).build();
    }

    @PATCH
    @Path("/{id}")
    public Response update(@Context ContainerRequestContext request, @PathParam("id") String id, JsonNode body) {
        UserId user = Inputs.userIdPath(id);
        JsonNode patch = Inputs.body(body);
        if (!patch.isObject()) {
            throw InvalidRequest.notJson();
        }
        Inputs inputs = new Inputs();
        String name = patch.has("name") ? inputs.name("name", patch.get("name").isTextual()
                ? patch.get("name").textValue() : null) : null;
        Boolean active = null;
        if (patch.has("is_active")) {
            if (patch.get("is_active").isBoolean()) {
                active = patch.get("is_active").booleanValue();
            } else {
                inputs.problem("is_active", FieldErrors.WRONG_TYPE);
            }
        }
        boolean unitGiven = patch.has("unit_id");
        Long unit = null;
        if (unitGiven && !patch.get("unit_id").isNull()) {
            if (patch.get("unit_id").canConvertToExactIntegral() && patch.get("unit_id").isIntegralNumber()
                    && patch.get("unit_id").canConvertToLong()) {
                unit = patch.get("unit_id").longValue();
            } else {
                inputs.problem("unit_id", FieldErrors.WRONG_TYPE);
            }
        }
        boolean twoFactorOff = false;
        if (patch.has("two_factor_enabled")) {
            // an administrator may only turn it off; a person turns it on for themself, with their own phone
            if (!patch.get("two_factor_enabled").isBoolean()) {
                inputs.problem("two_factor_enabled", FieldErrors.WRONG_TYPE);
            } else if (patch.get("two_factor_enabled").booleanValue()) {
                inputs.problem("two_factor_enabled", FieldErrors.ONLY_OFF);
            } else {
                twoFactorOff = true;
            }
        }
        var password = patch.has("password") ? inputs.newPassword("password",
                patch.get("password").isTextual() ? patch.get("password").textValue() : null) : null;
        inputs.check();
        UserProfile updated = updateUser.update(new UpdateUser.Command(Callers.of(request), user, name, active,
                unitGiven, unit, password, twoFactorOff));
        return Envelopes.ok(request, "ok.user_updated", UserDto.of(updated));
    }

    @GET
    public Response list(@Context ContainerRequestContext request, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor) {
        Page<User> page = listUsers.list(new ListUsers.Query(Callers.of(request), new PageRequest(cursor, Inputs.limit(limit))));
        return Envelopes.ok(request, "ok.users", page.items().stream().map(UserSummaryDto::of).toList(),
                new Pagination(page.nextCursor(), page.prevCursor(), page.hasNext(), page.hasPrev(), page.limit()));
    }

    @GET
    @Path("/{id}")
    public Response show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return Envelopes.ok(request, "ok.user", UserDto.of(showUser.show(new ShowUser.Query(Callers.of(request), Inputs.userIdPath(id)))));
    }
}
