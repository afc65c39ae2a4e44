package io.gerbang.adapters.rest.dialect.portal;

import io.gerbang.adapters.rest.dto.LoginRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.dto.RefreshRequest;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.domain.client.ClientApp;
import jakarta.ws.rs.Consumes;
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
 * The {@code portal} dialect (multi-tenant front ends that keep their first refresh token): a flat
 * {@code LoginResponse}, a refresh that answers only the access token, in {@code APIResponse<T>} without
 * {@code meta.pagination} ({@link PortalEnvelope}). No rule lives here: such a client's app has {@code refresh:
 * reuse}, which the application applies.
 */
@Path("/clients/{client}/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final LateAnswers lateAnswers;

    public PortalResource(LogIn logIn, RefreshSession refreshSession, LogOut logOut, LateAnswers lateAnswers) {
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.lateAnswers = lateAnswers;
    }

    /** {@code LoginResponse}: {@code nama} is the name, {@code jenis_tenant} the tenant's type. */
    public record LoginResponse(
            long id,
            String nama,
            String role,
            String jenisTenant,
            String email,
            String accessToken,
            String refreshToken,
            long expiresAt) {

        static LoginResponse of(LoginResult result, ClientApp client) {
            UserProfile profile = result.user();
            TokenPair tokens = result.tokens();
            String role = client.roleWordFor(profile.roleNames())
                    .map(ClientApp.RoleWord::word)
                    .orElse("");
            return new LoginResponse(
                    profile.user().id().value(),
                    profile.user().name().value(),
                    role,
                    profile.tenant().type().code(),
                    profile.user().email().value(),
                    tokens.accessToken().value(),
                    tokens.refreshToken().value(),
                    tokens.expiresAt().getEpochSecond());
        }

        @Override
        public String toString() {
            return "LoginResponse[" + id + "]";
        }
    }

    /** {@code RefreshResponse}, with when the new access token expires. */
    public record RefreshResponse(String accessToken, long expiresAt) {

        @Override
        public String toString() {
            return "RefreshResponse[****]";
        }
    }

    /** {@code LoginRequest}: an e-mail and a password. */
    public record PortalLogin(String email, String password) {

        @Override
        public String toString() {
            return "PortalLogin[" + email + ", ****]";
        }
    }

    @POST
    @Path("/login")
    public void login(@Context ContainerRequestContext request, PortalLogin body, @Suspended AsyncResponse async) {
        lateAnswers.answer(async, () -> {
            RequestInfo info = RequestInfo.of(request);
            PortalLogin given = RequestFields.body(body);
            LogIn.Command command = new LoginRequest(null, given.email(), given.password(), null, null)
                    .byEmail(info.tenantOrDefault(), request.getHeaderString("User-Agent"), info.clientIp())
                    .through(info.clientOrNative().id());
            SignInOutcome outcome = logIn.logIn(command);
            if (outcome instanceof SignInOutcome.SecondFactorRequired) {
                // a portal front end has no second step: its users sign in where they can give their code
                throw io.gerbang.adapters.rest.error.InvalidRequest.secondFactorElsewhere();
            }
            return PortalEnvelope.ok(info, "ok.login", LoginResponse.of((LoginResult) outcome, info.clientOrNative()));
        });
    }

    @POST
    @Path("/refresh")
    public Response refresh(@Context ContainerRequestContext request, RefreshRequest body) {
        TokenPair pair = refreshSession.refresh(RequestFields.body(body).command());
        return PortalEnvelope.ok(
                RequestInfo.of(request),
                "ok.refresh",
                new RefreshResponse(pair.accessToken().value(), pair.expiresAt().getEpochSecond()));
    }

    @POST
    @Path("/logout")
    public Response logout(@Context ContainerRequestContext request, RefreshRequest body) {
        logOut.logOut(
                new LogOut.WithRefreshToken(RequestFields.body(body).command().refreshToken()));
        RequestInfo info = RequestInfo.of(request);
        return PortalEnvelope.ok(info, "ok.logout", new MessageDto(Messages.text(info.language(), "ok.logout")));
    }
}
