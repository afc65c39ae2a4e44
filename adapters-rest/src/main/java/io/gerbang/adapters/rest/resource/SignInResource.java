package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.LoginRequest;
import io.gerbang.adapters.rest.dto.LoginResultDto;
import io.gerbang.adapters.rest.dto.LogoutRequest;
import io.gerbang.adapters.rest.dto.MfaRequiredDto;
import io.gerbang.adapters.rest.dto.SecondFactorLoginRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.RefreshRequest;
import io.gerbang.adapters.rest.dto.TokenPairDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.application.port.in.Authenticate;
import io.gerbang.application.port.in.LogIn;
import io.gerbang.application.port.in.LogInWithSecondFactor;
import io.gerbang.application.port.in.LoginResult;
import io.gerbang.application.port.in.SignInOutcome;
import io.gerbang.application.port.in.LogOut;
import io.gerbang.application.port.in.RefreshSession;
import io.gerbang.application.port.in.refusal.NoAccessToken;
import io.gerbang.application.port.in.SignInName;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/auth: signing in (with a password, then maybe a second factor), refreshing and signing out. No rule lives here. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

    private final LogIn logIn;
    private final LogInWithSecondFactor logInWithSecondFactor;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final Authenticate authenticate;
    private final LateAnswers lateAnswers;

    public SignInResource(LogIn logIn, LogInWithSecondFactor logInWithSecondFactor, RefreshSession refreshSession, LogOut logOut, Authenticate authenticate, LateAnswers lateAnswers) {
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
        LoginRequest login = Inputs.body(body);
        Inputs inputs = new Inputs();
        SignInName name;
        if (Inputs.given(login.userIdentity())) {
            UserIdentity identity = inputs.identity("user_identity", login.userIdentity());
            name = identity == null ? null : new SignInName.ByIdentity(identity);
        } else if (Inputs.given(login.email())) {
            Email email = inputs.email("email", login.email());
            name = email == null ? null : new SignInName.ByEmail(email);
        } else {
            inputs.problem("user_identity", FieldErrors.ONE_OF_IDENTITY_OR_EMAIL);
            name = null;
        }
        return signIn(request, login, inputs, name);
    }

    @POST
    @Path("/login-email")
    public void loginEmail(@Context ContainerRequestContext request, LoginRequest body,
                           @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> loginEmail(request, body));
    }

    private Response loginEmail(ContainerRequestContext request, LoginRequest body) {
        LoginRequest login = Inputs.body(body);
        Inputs inputs = new Inputs();
        Email email = inputs.email("email", login.email());
        return signIn(request, login, inputs, email == null ? null : new SignInName.ByEmail(email));
    }

    private Response signIn(ContainerRequestContext request, LoginRequest login, Inputs inputs, SignInName name) {
        PlainPassword password = inputs.presentedPassword("password", login.password());
        inputs.check();
        RequestInfo info = RequestInfo.of(request);
        String userAgent = Inputs.given(login.userAgent()) ? login.userAgent() : request.getHeaderString("User-Agent");
        String ip = Inputs.given(login.ip()) ? login.ip() : info.clientIp();
        var outcome = logIn.logIn(new LogIn.Command(info.tenantOrDefault(), name, password,
                new ClientInfo(userAgent, ip), ClientAddress.ofNullable(info.clientIp())));
        if (outcome instanceof SignInOutcome.SecondFactorRequired required) {
            return Envelopes.ok(request, "ok.mfa_required", MfaRequiredDto.of(required));
        }
        return Envelopes.ok(request, "ok.login", LoginResultDto.of((LoginResult) outcome));
    }

    @POST
    @Path("/login-2fa")
    public void loginSecondFactor(@Context ContainerRequestContext request, SecondFactorLoginRequest body,
                                  @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> loginSecondFactor(request, body));
    }

    private Response loginSecondFactor(ContainerRequestContext request, SecondFactorLoginRequest body) {
        SecondFactorLoginRequest login = Inputs.body(body);
        Inputs inputs = new Inputs();
        String token = inputs.opaqueToken("mfa_token", login.mfaToken());
        var code = inputs.secondFactorCode("code", login.code());
        inputs.check();
        RequestInfo info = RequestInfo.of(request);
        var result = logInWithSecondFactor.logIn(new LogInWithSecondFactor.Command(
                info.tenantOrDefault(), token, code, ClientAddress.ofNullable(info.clientIp())));
        return Envelopes.ok(request, "ok.login", LoginResultDto.of(result));
    }

    @POST
    @Path("/refresh")
    public Response refresh(@Context ContainerRequestContext request, RefreshRequest body) {
        RefreshRequest refresh = Inputs.body(body);
        Inputs inputs = new Inputs();
        String token = inputs.token("refresh_token", refresh.refreshToken());
        inputs.check();
        var pair = refreshSession.refresh(new RefreshSession.Command(token));
        return Envelopes.ok(request, "ok.refresh", TokenPairDto.of(pair));
    }

    @POST
    @Path("/logout")
    public Response logout(@Context ContainerRequestContext request, LogoutRequest body) {
        LogoutRequest logout = body == null ? new LogoutRequest(null, null, null) : body;
        Inputs inputs = new Inputs();
        LogOut.Command command;
        if (Inputs.given(logout.refreshToken())) {
            String token = inputs.token("refresh_token", logout.refreshToken());
            inputs.check();
            command = new LogOut.WithRefreshToken(token);
        } else if (Inputs.given(logout.token())) {
            String token = inputs.token("token", logout.token());
            inputs.check();
            command = new LogOut.WithAccessToken(token);
        } else if (logout.userId() != null) {
            UserId user = inputs.userId("user_id", logout.userId());
            inputs.check();
            command = new LogOut.AllSessionsOf(Callers.authenticate(request, authenticate), user);
        } else if (Callers.hasBearer(request)) {
            command = new LogOut.CurrentSession(Callers.authenticate(request, authenticate));
        } else {
            throw new NoAccessToken();
        }
        inputs.check();
        logOut.logOut(command);
        RequestInfo info = RequestInfo.of(request);
        return Envelopes.ok(request, "ok.logout", new MessageDto(Messages.text(info.language(), "ok.logout")));
    }
}
