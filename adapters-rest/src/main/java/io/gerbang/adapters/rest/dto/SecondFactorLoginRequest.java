package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.twofactor.ChallengeToken;

/** POST /auth/login-2fa. */
public record SecondFactorLoginRequest(String mfaToken, String code) {

    public LogInWithSecondFactor.Command command(TenantId tenant, String clientIp) {
        RequestFields inputs = new RequestFields();
        String challenge = Credentials.challenge(inputs, "mfa_token", mfaToken);
        var given = Credentials.secondFactorCode(inputs, "code", code);
        inputs.check();
        return new LogInWithSecondFactor.Command(
                tenant, new ChallengeToken(challenge), given, ClientAddress.ofNullable(clientIp));
    }

    @Override
    public String toString() {
        return "SecondFactorLoginRequest[****]";
    }
}
