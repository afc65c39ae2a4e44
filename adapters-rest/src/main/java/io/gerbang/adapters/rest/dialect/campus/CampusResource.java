package io.gerbang.adapters.rest.dialect.campus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.LoginRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.MfaRequiredDto;
import io.gerbang.adapters.rest.dto.SecondFactorLoginRequest;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.in.user.ShowProfile;
import io.gerbang.domain.client.ClientApp;
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
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The {@code campus} dialect (Next.js campus apps that signed their own JWTs with study-programme scoping): a
 * sign-in by {@code username} answers {@code {user, token}}; the token carries the claims those apps' middleware
 * reads (minted by the application's {@code TokenMint} for campus clients). Errors are {@code {error, code}}. No
 * rule lives here.
 */
@Path("/clients/{client}/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class CampusResource {

    private final LogIn logIn;
    private final LogInWithSecondFactor logInWithSecondFactor;
    private final LogOut logOut;
    private final ShowProfile showProfile;
    private final LateAnswers lateAnswers;

    public CampusResource(
            LogIn logIn,
            LogInWithSecondFactor logInWithSecondFactor,
            LogOut logOut,
            ShowProfile showProfile,
            LateAnswers lateAnswers) {
        this.logIn = logIn;
        this.logInWithSecondFactor = logInWithSecondFactor;
        this.logOut = logOut;
        this.showProfile = showProfile;
        this.lateAnswers = lateAnswers;
    }

    /** {@code POST login}: a username (an identity or an e-mail) and a password. */
    public record CampusLogin(String username, String password) {

        LoginRequest asLogin() {
            return LoginRequest.byUsername(username, password);
        }

        @Override
        public String toString() {
            return "CampusLogin[" + username + ", ****]";
        }
    }

    /** The user as a campus app's login answered it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CampusUser(
            String id,
            String username,
            String name,
            String email,
            String role,
            String subRole,
            String prodiId,
            Object avatar,
            Object profile,
            @JsonProperty("isNewUser") boolean isNewUser) {

        static CampusUser of(UserProfile profile, ClientApp client) {
            Optional<ClientApp.RoleWord> role = client.roleWordFor(profile.roleNames());
            return new CampusUser(
                    profile.user().id().toString(),
                    profile.user().identity().value(),
                    profile.user().name().value(),
                    profile.user().email().value(),
                    role.map(ClientApp.RoleWord::word).orElse(null),
                    role.map(ClientApp.RoleWord::from).orElse(null),
                    profile.homeUnitCode() == null
                            ? null
                            : profile.homeUnitCode().value(),
                    null,
                    null,
                    false);
        }
    }

    public record SignedIn(CampusUser user, String token) {

        @Override
        public String toString() {
            return "SignedIn[" + user.id() + "]";
        }
    }

    public record Me(CampusUser user) {}

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public void login(@Context ContainerRequestContext request, CampusLogin body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> {
            RequestInfo info = RequestInfo.of(request);
            LogIn.Command command = RequestFields.body(body)
                    .asLogin()
                    .byIdentityOrEmail(info.tenantOrDefault(), request.getHeaderString("User-Agent"), info.clientIp())
                    .through(info.clientOrNative().id());
            SignInOutcome outcome = logIn.logIn(command);
            if (outcome instanceof SignInOutcome.SecondFactorRequired required) {
                return Response.ok(MfaRequiredDto.of(required)).build();
            }
            return signedIn(info, (LoginResult) outcome);
        });
    }

    @POST
    @Path("/login-2fa")
    @Consumes(MediaType.APPLICATION_JSON)
    public void loginSecondFactor(
            @Context ContainerRequestContext request, SecondFactorLoginRequest body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> {
            RequestInfo info = RequestInfo.of(request);
            return signedIn(
                    info,
                    logInWithSecondFactor.logIn(
                            RequestFields.body(body).command(info.tenantOrDefault(), info.clientIp())));
        });
    }

    private static Response signedIn(RequestInfo info, LoginResult result) {
        return Response.ok(new SignedIn(
                        CampusUser.of(result.user(), info.clientOrNative()),
                        result.tokens().accessToken().value()))
                .build();
    }

    @GET
    @Path("/me")
    @Authenticated
    public Response me(@Context ContainerRequestContext request) {
        return Response.ok(new Me(CampusUser.of(
                        showProfile.profileOf(Callers.of(request)),
                        RequestInfo.of(request).clientOrNative())))
                .build();
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Response logout(@Context ContainerRequestContext request) {
        logOut.logOut(new LogOut.CurrentSession(Callers.of(request)));
        return Response.ok(new MessageDto(Messages.text(RequestInfo.of(request).language(), "ok.logout")))
                .build();
    }
}
