package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.PasswordChangeRequest;
import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.user.ChangePassword;
import io.gerbang.application.port.in.user.ShowProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/auth: who the caller is, and their password. No rule lives here. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ShowProfile showProfile;
    private final ChangePassword changePassword;

    public ProfileResource(ShowProfile showProfile, ChangePassword changePassword) {
        this.showProfile = showProfile;
        this.changePassword = changePassword;
    }

    @GET
    @Path("/me")
    @Authenticated
    public Response me(@Context ContainerRequestContext request) {
        return Envelopes.ok(request, "ok.me", UserDto.of(showProfile.profileOf(Callers.of(request))));
    }

    @POST
    @Path("/password")
    @Authenticated
    public Response changePassword(@Context ContainerRequestContext request, PasswordChangeRequest body) {
        changePassword.change(RequestFields.body(body).command(Callers.of(request)));
        RequestInfo info = RequestInfo.of(request);
        return Envelopes.ok(request, "ok.password", new MessageDto(Messages.text(info.language(), "ok.password")));
    }
}
