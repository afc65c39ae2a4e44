package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;

/** POST /auth/2fa/enable and /auth/2fa/disable. */
public record CodeRequest(String code) {

    /** Turning two-factor on proves the phone: a TOTP code, never a recovery code. */
    public ManageTwoFactor.Enable enable(Principal caller) {
        RequestFields inputs = new RequestFields();
        var totp = Credentials.totpCode(inputs, "code", code);
        inputs.check();
        return new ManageTwoFactor.Enable(caller, totp);
    }

    /** Turning it off takes either kind of code. */
    public ManageTwoFactor.Disable disable(Principal caller) {
        RequestFields inputs = new RequestFields();
        var given = Credentials.secondFactorCode(inputs, "code", code);
        inputs.check();
        return new ManageTwoFactor.Disable(caller, given);
    }

    @Override
    public String toString() {
        return "CodeRequest[****]";
    }
}
