package io.gerbang.adapters.rest.dialect.connector;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.LoginRequest;
import io.gerbang.adapters.rest.dto.LogoutRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.MfaRequiredDto;
import io.gerbang.adapters.rest.dto.RefreshRequest;
import io.gerbang.adapters.rest.dto.SecondFactorLoginRequest;
import io.gerbang.adapters.rest.dto.UserDto;
import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.in.user.ShowProfile;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * The {@code connector} dialect (desktop connectors written against a FastAPI backend): the same sign-in, refresh
 * and sessions as {@code /api/v1/auth}, answered bare (no envelope) with the token pair's {@code user_id} as a
 * string; a sign-in takes JSON or the OAuth2 password form. Its errors are FastAPI's ({@code DialectErrors}).
 * No rule lives here.
 */
@Path("/clients/{client}/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorResource {

    /** The fields of the OAuth2 password form (RFC 6749, 4.3.2, as FastAPI's OAuth2PasswordRequestForm reads it). */
    private static final Set<String> FORM_FIELDS =
            Set.of("grant_type", "username", "password", "scope", "client_id", "client_secret");

    private final LogIn logIn;
    private final LogInWithSecondFactor logInWithSecondFactor;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final ShowProfile showProfile;
    private final Authenticate authenticate;
    private final LateAnswers lateAnswers;

    public ConnectorResource(
            LogIn logIn,
            LogInWithSecondFactor logInWithSecondFactor,
            RefreshSession refreshSession,
            LogOut logOut,
            ShowProfile showProfile,
            Authenticate authenticate,
            LateAnswers lateAnswers) {
        this.logIn = logIn;
        this.logInWithSecondFactor = logInWithSecondFactor;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.showProfile = showProfile;
        this.authenticate = authenticate;
        this.lateAnswers = lateAnswers;
    }

    /** The bare token answer a FastAPI backend gave: {@code TokenWithRefresh}. */
    public record Tokens(String accessToken, String refreshToken, String tokenType, String userId) {

        static Tokens of(TokenPair pair) {
            return new Tokens(
                    pair.accessToken().value(),
                    pair.refreshToken().value(),
                    "bearer",
                    pair.userId().toString());
        }

        @Override
        public String toString() {
            return "Tokens[" + userId + "]";
        }
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public void login(@Context ContainerRequestContext request, LoginRequest body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> signIn(request, RequestFields.body(body)));
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void loginForm(
            @Context ContainerRequestContext request,
            MultivaluedMap<String, String> form,
            @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> signIn(request, passwordForm(form)));
    }

    /** {@code username} (an e-mail or an identity) and {@code password}, each once; nothing the form does not have. */
    private static LoginRequest passwordForm(MultivaluedMap<String, String> form) {
        RequestFields inputs = new RequestFields();
        for (var field : form.entrySet()) {
            if (!FORM_FIELDS.contains(field.getKey())) {
                inputs.problem(field.getKey(), FieldErrors.NOT_ALLOWED);
            } else if (field.getValue().size() > 1) {
                inputs.problem(field.getKey(), FieldErrors.INVALID);
            }
        }
        String username = form.getFirst("username");
        if (!RequestFields.given(username)) {
            inputs.problem("username", FieldErrors.REQUIRED);
        }
        if (!RequestFields.given(form.getFirst("password"))) {
            inputs.problem("password", FieldErrors.REQUIRED);
        }
        inputs.check();
        return LoginRequest.byUsername(username, form.getFirst("password"));
    }

    private Response signIn(ContainerRequestContext request, LoginRequest body) {
        RequestInfo info = RequestInfo.of(request);
        LogIn.Command command = body.byIdentityOrEmail(
                        info.tenantOrDefault(), request.getHeaderString("User-Agent"), info.clientIp())
                .through(info.clientOrNative().id());
        SignInOutcome outcome = logIn.logIn(command);
        if (outcome instanceof SignInOutcome.SecondFactorRequired required) {
            return Response.ok(MfaRequiredDto.of(required)).build();
        }
        return Response.ok(Tokens.of(((LoginResult) outcome).tokens())).build();
    }

    @POST
    @Path("/login-2fa")
    @Consumes(MediaType.APPLICATION_JSON)
    public void loginSecondFactor(
            @Context ContainerRequestContext request, SecondFactorLoginRequest body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> {
            RequestInfo info = RequestInfo.of(request);
            LoginResult result = logInWithSecondFactor.logIn(
                    RequestFields.body(body).command(info.tenantOrDefault(), info.clientIp()));
            return Response.ok(Tokens.of(result.tokens())).build();
        });
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refresh(RefreshRequest body) {
        return Response.ok(Tokens.of(
                        refreshSession.refresh(RequestFields.body(body).command())))
                .build();
    }

    @GET
    @Path("/me")
    @Authenticated
    public Response me(@Context ContainerRequestContext request) {
        return Response.ok(UserDto.of(showProfile.profileOf(Callers.of(request))))
                .build();
    }

    @POST
    @Path("/logout")
    public Response logout(@Context ContainerRequestContext request, LogoutRequest body) {
        LogOut.Command command = (body == null ? LogoutRequest.NOTHING : body)
                .command(Callers.hasBearer(request), () -> Callers.authenticate(request, authenticate));
        logOut.logOut(command);
        return Response.ok(new MessageDto(Messages.text(RequestInfo.of(request).language(), "ok.logout")))
                .build();
    }
}
