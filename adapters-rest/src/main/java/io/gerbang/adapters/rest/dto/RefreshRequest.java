package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.domain.session.RefreshToken;

/** POST /auth/refresh. */
public record RefreshRequest(String refreshToken) {

    public RefreshSession.Command command() {
        RequestFields inputs = new RequestFields();
        String token = Credentials.token(inputs, "refresh_token", refreshToken);
        inputs.check();
        return new RefreshSession.Command(new RefreshToken(token));
    }

    @Override
    public String toString() {
        return "RefreshRequest[****]";
    }
}
