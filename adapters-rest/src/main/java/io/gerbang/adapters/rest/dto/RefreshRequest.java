package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.Inputs;
import io.gerbang.application.port.in.session.RefreshSession;

/** POST /auth/refresh. */
public record RefreshRequest(String refreshToken) {

    public RefreshSession.Command command() {
        Inputs inputs = new Inputs();
        String token = Credentials.token(inputs, "refresh_token", refreshToken);
        inputs.check();
        return new RefreshSession.Command(token);
    }

    @Override
    public String toString() {
        return "RefreshRequest[****]";
    }
}
