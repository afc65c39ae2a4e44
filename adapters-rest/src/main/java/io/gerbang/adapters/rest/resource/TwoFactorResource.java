package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.CodeRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.RecoveryCodesDto;
import io.gerbang.adapters.rest.dto.TwoFactorSetupDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/auth/2fa: a person's own two-factor sign-in. No rule lives here. */
@Path("/api/v1/auth/2fa")
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    private final ManageTwoFactor twoFactor;

    public TwoFactorResource(ManageTwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    /** A body is optional here: the caller is the whole request. */
    @POST
    @Path("/setup")
    @Authenticated
    public Response setUp(@Context ContainerRequestContext request) {
        return Envelopes.ok(request, "ok.2fa_setup", TwoFactorSetupDto.of(twoFactor.setUp(Callers.of(request))));
    }

    @POST
    @Path("/enable")
    @Authenticated
    public Response enable(@Context ContainerRequestContext request, CodeRequest body) {
        return Envelopes.ok(
                request,
                "ok.2fa_enabled",
                new RecoveryCodesDto(twoFactor.enable(RequestFields.body(body).enable(Callers.of(request)))));
    }

    @POST
    @Path("/disable")
    @Authenticated
    public Response disable(@Context ContainerRequestContext request, CodeRequest body) {
        twoFactor.disable(RequestFields.body(body).disable(Callers.of(request)));
        String done = Messages.text(RequestInfo.of(request).language(), "ok.2fa_disabled");
        return Envelopes.ok(request, "ok.2fa_disabled", new MessageDto(done));
    }
}
