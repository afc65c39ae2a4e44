package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.RemovedDto;
import io.gerbang.adapters.rest.dto.SessionCountDto;
import io.gerbang.adapters.rest.dto.SessionDto;
import io.gerbang.adapters.rest.dto.TokenInventoryDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.session.CleanUpExpiredSessions;
import io.gerbang.application.port.in.session.CountSessions;
import io.gerbang.application.port.in.session.InspectTokens;
import io.gerbang.application.port.in.session.ListSessions;
import io.gerbang.application.port.in.session.RevokeSession;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.user.UserId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/auth: a person's sessions and tokens, and those of whom they oversee. No rule lives here. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    private final ListSessions listSessions;
    private final RevokeSession revokeSession;
    private final InspectTokens inspectTokens;
    private final CountSessions countSessions;
    private final CleanUpExpiredSessions cleanUpExpiredSessions;

    public SessionsResource(
            ListSessions listSessions,
            RevokeSession revokeSession,
            InspectTokens inspectTokens,
            CountSessions countSessions,
            CleanUpExpiredSessions cleanUpExpiredSessions) {
        this.listSessions = listSessions;
        this.revokeSession = revokeSession;
        this.inspectTokens = inspectTokens;
        this.countSessions = countSessions;
        this.cleanUpExpiredSessions = cleanUpExpiredSessions;
    }

    @GET
    @Path("/sessions")
    @Authenticated
    public Response sessions(@Context ContainerRequestContext request) {
        return Envelopes.ok(
                request,
                "ok.sessions",
                listSessions.sessionsOf(Callers.of(request)).stream()
                        .map(SessionDto::of)
                        .toList());
    }

    @DELETE
    @Path("/sessions/{session_id}")
    @Authenticated
    public Response revokeSession(@Context ContainerRequestContext request, @PathParam("session_id") String sessionId) {
        if (!SessionId.isWellFormed(sessionId)) {
            throw InvalidRequest.notFound();
        }
        revokeSession.revoke(new RevokeSession.Command(Callers.of(request), new SessionId(sessionId)));
        RequestInfo info = RequestInfo.of(request);
        return Envelopes.ok(
                request, "ok.session_revoked", new MessageDto(Messages.text(info.language(), "ok.session_revoked")));
    }

    @GET
    @Path("/check-tokens")
    @Authenticated
    public Response checkTokens(@Context ContainerRequestContext request, @QueryParam("user_id") String userId) {
        Principal caller = Callers.of(request);
        return Envelopes.ok(
                request,
                "ok.check_tokens",
                TokenInventoryDto.of(
                        inspectTokens.inspect(new InspectTokens.Query(caller, targetUser(caller, userId)))));
    }

    @GET
    @Path("/session-count")
    @Authenticated
    public Response sessionCount(@Context ContainerRequestContext request, @QueryParam("user_id") String userId) {
        Principal caller = Callers.of(request);
        return Envelopes.ok(
                request,
                "ok.session_count",
                SessionCountDto.of(countSessions.count(new CountSessions.Query(caller, targetUser(caller, userId)))));
    }

    @POST
    @Path("/cleanup-expired")
    @Authenticated
    public Response cleanupExpired(@Context ContainerRequestContext request) {
        return Envelopes.ok(request, "ok.cleanup", new RemovedDto(cleanUpExpiredSessions.cleanUp(Callers.of(request))));
    }

    /** ?user_id= names the user to look at; without it, the caller. */
    private static UserId targetUser(Principal caller, String userId) {
        RequestFields inputs = new RequestFields();
        UserId target = inputs.userIdParameter("user_id", userId);
        inputs.check();
        return target == null ? caller.user() : target;
    }
}
