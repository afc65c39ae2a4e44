package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.NoAccessToken;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.user.UserId;
import java.util.function.Supplier;

/** One of: refresh_token, token (an access token), user_id; or nothing, with an Authorization header. */
public record LogoutRequest(String refreshToken, String token, Long userId) {

    public static final LogoutRequest NOTHING = new LogoutRequest(null, null, null);

    /**
     * What to end, by the first field given: the session of a refresh token, or of an access token; every session
     * of a user (the caller must be signed in); with none, the caller's own session.
     */
    public LogOut.Command command(boolean bearerGiven, Supplier<Principal> caller) {
        RequestFields inputs = new RequestFields();
        if (RequestFields.given(refreshToken)) {
            String given = Credentials.token(inputs, "refresh_token", refreshToken);
            inputs.check();
            return new LogOut.WithRefreshToken(new RefreshToken(given));
        }
        if (RequestFields.given(token)) {
            String given = Credentials.token(inputs, "token", token);
            inputs.check();
            return new LogOut.WithAccessToken(new AccessToken(given));
        }
        if (userId != null) {
            UserId user = inputs.userId("user_id", userId);
            inputs.check();
            return new LogOut.AllSessionsOf(caller.get(), user);
        }
        if (bearerGiven) {
            return new LogOut.CurrentSession(caller.get());
        }
        throw new NoAccessToken();
    }

    @Override
    public String toString() {
        return "LogoutRequest[user=" + userId + ", ****]";
    }
}
