package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.RoleCreateRequest;
import io.gerbang.adapters.rest.dto.RoleDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.organisation.CreateRole;
import io.gerbang.application.port.in.organisation.ListRoles;
import io.gerbang.domain.access.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/roles: the tenant's roles and their permissions. */
@Path("/api/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RolesResource {

    private final ListRoles listRoles;
    private final CreateRole createRole;

    public RolesResource(ListRoles listRoles, CreateRole createRole) {
        this.listRoles = listRoles;
        this.createRole = createRole;
    }

    @GET
    public Response list(@Context ContainerRequestContext request) {
        return Envelopes.ok(
                request,
                "ok.roles",
                listRoles.list(Callers.of(request)).stream().map(RoleDto::of).toList());
    }

    @POST
    public Response create(@Context ContainerRequestContext request, RoleCreateRequest body) {
        Role role = createRole.create(RequestFields.body(body).command(Callers.of(request)));
        return Response.fromResponse(Envelopes.ok(request, "ok.role_created", RoleDto.of(role)))
                .status(201)
                .build();
    }
}
