package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.LoginRequest;
import io.gerbang.adapters.rest.dto.LoginResultDto;
import io.gerbang.adapters.rest.dto.LogoutRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.MfaRequiredDto;
import io.gerbang.adapters.rest.dto.RefreshRequest;
import io.gerbang.adapters.rest.dto.SecondFactorLoginRequest;
import io.gerbang.adapters.rest.dto.TokenPairDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /api/v1/auth: signing in (with a password, then maybe a second factor), refreshing and signing out. No rule lives
 * here.
 */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

    private final LogIn logIn;
    private final LogInWithSecondFactor logInWithSecondFactor;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final Authenticate authenticate;
    private final LateAnswers lateAnswers;

    public SignInResource(
            LogIn logIn,
            LogInWithSecondFactor logInWithSecondFactor,
            RefreshSession refreshSession,
            LogOut logOut,
            Authenticate authenticate,
            LateAnswers lateAnswers) {
        this.logIn = logIn;
        this.logInWithSecondFactor = logInWithSecondFactor;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.authenticate = authenticate;
        this.lateAnswers = lateAnswers;
    }

    @POST
    @Path("/login")
    public void login(@Context ContainerRequestContext request, LoginRequest body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> login(request, body));
    }

    private Response login(ContainerRequestContext request, LoginRequest body) {
        RequestInfo info = RequestInfo.of(request);
        return signIn(
                request,
                RequestFields.body(body)
                        .byIdentityOrEmail(
                                info.tenantOrDefault(), request.getHeaderString("User-Agent"), info.clientIp()));
    }

    @POST
    @Path("/login-email")
    public void loginEmail(
            @Context ContainerRequestContext request, LoginRequest body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> loginEmail(request, body));
    }

    private Response loginEmail(ContainerRequestContext request, LoginRequest body) {
        RequestInfo info = RequestInfo.of(request);
        return signIn(
                request,
                RequestFields.body(body)
                        .byEmail(info.tenantOrDefault(), request.getHeaderString("User-Agent"), info.clientIp()));
    }

    private Response signIn(ContainerRequestContext request, LogIn.Command command) {
        var outcome = logIn.logIn(
                command.through(RequestInfo.of(request).clientOrNative().id()));
        if (outcome instanceof SignInOutcome.SecondFactorRequired required) {
            return Envelopes.ok(request, "ok.mfa_required", MfaRequiredDto.of(required));
        }
        return Envelopes.ok(request, "ok.login", LoginResultDto.of((LoginResult) outcome));
    }

    @POST
    @Path("/login-2fa")
    public void loginSecondFactor(
            @Context ContainerRequestContext request, SecondFactorLoginRequest body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> loginSecondFactor(request, body));
    }

    private Response loginSecondFactor(ContainerRequestContext request, SecondFactorLoginRequest body) {
        RequestInfo info = RequestInfo.of(request);
        var result =
                logInWithSecondFactor.logIn(RequestFields.body(body).command(info.tenantOrDefault(), info.clientIp()));
        return Envelopes.ok(request, "ok.login", LoginResultDto.of(result));
    }

    @POST
    @Path("/refresh")
    public Response refresh(@Context ContainerRequestContext request, RefreshRequest body) {
        var pair = refreshSession.refresh(RequestFields.body(body).command());
        return Envelopes.ok(request, "ok.refresh", TokenPairDto.of(pair));
    }

    @POST
    @Path("/logout")
    public Response logout(@Context ContainerRequestContext request, LogoutRequest body) {
        LogOut.Command command = (body == null ? LogoutRequest.NOTHING : body)
                .command(Callers.hasBearer(request), () -> Callers.authenticate(request, authenticate));
        logOut.logOut(command);
        RequestInfo info = RequestInfo.of(request);
        return Envelopes.ok(request, "ok.logout", new MessageDto(Messages.text(info.language(), "ok.logout")));
    }
}
