package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.RoleAssignmentRequest;
import io.gerbang.adapters.rest.dto.UserDto.RoleAssignmentDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.organisation.RemoveRoleAssignment;
import io.gerbang.domain.access.AssignmentId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/users/{id}/role-assignments: who holds which role where (roles.assign, checked in the application). */
@Path("/api/v1/users/{id}/role-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RoleAssignmentsResource {

    private final AssignRole assignRole;
    private final RemoveRoleAssignment removeRoleAssignment;

    public RoleAssignmentsResource(AssignRole assignRole, RemoveRoleAssignment removeRoleAssignment) {
        this.assignRole = assignRole;
        this.removeRoleAssignment = removeRoleAssignment;
    }

    @POST
    public Response assign(
            @Context ContainerRequestContext request, @PathParam("id") String id, RoleAssignmentRequest body) {
        var user = RequestFields.userIdPath(id);
        var granted = assignRole.assign(RequestFields.body(body).command(Callers.of(request), user));
        return Response.fromResponse(Envelopes.ok(request, "ok.role_assigned", RoleAssignmentDto.of(granted)))
                .status(201)
                .build();
    }

    @DELETE
    @Path("/{assignment_id}")
    public Response remove(
            @Context ContainerRequestContext request,
            @PathParam("id") String id,
            @PathParam("assignment_id") String assignmentId) {
        var user = RequestFields.userIdPath(id);
        var assignment = new AssignmentId(RequestFields.pathId(assignmentId));
        removeRoleAssignment.remove(new RemoveRoleAssignment.Command(Callers.of(request), user, assignment));
        return Envelopes.ok(
                request,
                "ok.role_assignment_removed",
                new MessageDto(Messages.text(RequestInfo.of(request).language(), "ok.role_assignment_removed")));
    }
}
